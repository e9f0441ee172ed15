import type { StringMap } from "../types";

/** The operations that take UserContextData: those called without a token. */
const WITH_CONTEXT = new Set([
  "InitiateAuth",
  "RespondToAuthChallenge",
  "SignUp",
  "ConfirmSignUp",
  "ResendConfirmationCode",
  "ForgotPassword",
  "ConfirmForgotPassword",
]);

/**
 * A request body with UserContextData (threat protection's EncodedData for its username) where the
 * operation takes one. Loaded with the answer readers, so that an app without threat protection does not
 * carry it in its first load. A provider that fails or gives nothing leaves the body as it was: Cognito
 * then scores the request with less to go on, which must not stop a sign-in.
 */
export async function withUserContext(
  operation: string,
  body: unknown,
  provide: (username: string) => string | undefined | Promise<string | undefined>,
): Promise<unknown> {
  if (!WITH_CONTEXT.has(operation)) return body;
  const wire = body as { AuthParameters?: StringMap; ChallengeResponses?: StringMap; Username?: string };
  const username = wire.AuthParameters?.USERNAME ?? wire.ChallengeResponses?.USERNAME ?? wire.Username ?? "";
  const encoded = await Promise.resolve()
    .then(() => provide(username))
    .catch(() => undefined);
  return typeof encoded === "string" && encoded !== ""
    ? { ...(body as object), UserContextData: { EncodedData: encoded } }
    : body;
}
