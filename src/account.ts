/**
 * cognito-challenge-ui/account: the account operations around a sign-in, the password reset and the
 * account confirmation. ForgotPassword, ConfirmForgotPassword, ResendConfirmationCode and ConfirmSignUp
 * as functions of a client, with their React Query hooks and options; `createPasswordReset`,
 * `usePasswordReset`, `createAccountConfirmation` and `useAccountConfirmation`. Not in the main entry:
 * <SignIn> loads its account steps on demand, and a module the main entry exported would load with
 * every page (see ARCHITECTURE.md). Their types are in the main entry too.
 */
export {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
} from "./core/account/operations";
export { createAccountConfirmation } from "./core/accountConfirmation/createAccountConfirmation";
export { accountConfirmationPort } from "./core/accountConfirmation/store";
export { createPasswordReset } from "./core/passwordReset/createPasswordReset";
export { passwordResetPort } from "./core/passwordReset/store";
export {
  accountMutationKeys,
  confirmForgotPasswordMutationOptions,
  confirmSignUpMutationOptions,
  forgotPasswordMutationOptions,
  resendConfirmationCodeMutationOptions,
} from "./hooks/accountMutationOptions";
export { useAccountConfirmation } from "./hooks/useAccountConfirmation";
export { useConfirmForgotPassword } from "./hooks/useConfirmForgotPassword";
export { useConfirmSignUp } from "./hooks/useConfirmSignUp";
export { useForgotPassword } from "./hooks/useForgotPassword";
export { usePasswordReset } from "./hooks/usePasswordReset";
export { useResendConfirmationCode } from "./hooks/useResendConfirmationCode";
