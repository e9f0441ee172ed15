/** An exception the fake answers with, as Cognito would: HTTP 400 and `{"__type", "message"}`. */
export class FakeCognitoError extends Error {
  constructor(
    readonly exceptionName: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const WRONG_CREDENTIALS = "Incorrect username or password.";
export const WRONG_CODE = "Invalid code or auth state for the user.";
