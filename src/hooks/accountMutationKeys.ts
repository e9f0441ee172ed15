// Apart from the mutations' options: a module that reaches nothing of the first load, for the account
// steps inside <SignIn>, which load on demand (they get `sealedCall` from a JourneyKit).
export const accountMutationKeys = {
  forgotPassword: ["cognito-challenge-ui", "ForgotPassword"],
  confirmForgotPassword: ["cognito-challenge-ui", "ConfirmForgotPassword"],
  resendConfirmationCode: ["cognito-challenge-ui", "ResendConfirmationCode"],
  confirmSignUp: ["cognito-challenge-ui", "ConfirmSignUp"],
} as const;
