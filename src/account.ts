/**
 * cognito-challenge-ui/account: the account operations around a sign-in, the password reset and the
 * account confirmation. SignUp, ForgotPassword, ConfirmForgotPassword, ResendConfirmationCode and ConfirmSignUp
 * as functions of a client and as commands (`client.send(forgotPasswordCommand, …)`), with their React Query hooks; the `passwordReset` and
 * `accountConfirmation` journeys, with `createPasswordReset`, `usePasswordReset`, `createAccountConfirmation`
 * and `useAccountConfirmation` over them. Not in the main entry:
 * <SignIn> loads its account steps on demand, and a module the main entry exported would load with
 * every page (see ARCHITECTURE.md). Their types are in the main entry too.
 */
export {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
  signUp,
} from "./core/account/operations";
export { accountConfirmation } from "./core/accountConfirmation/accountConfirmation";
export { createAccountConfirmation } from "./core/accountConfirmation/createAccountConfirmation";
export { confirmForgotPasswordCommand } from "./core/commands/confirmForgotPassword";
export { confirmSignUpCommand } from "./core/commands/confirmSignUp";
export { forgotPasswordCommand } from "./core/commands/forgotPassword";
export { resendConfirmationCodeCommand } from "./core/commands/resendConfirmationCode";
export { signUpCommand } from "./core/commands/signUp";
export { createPasswordReset } from "./core/passwordReset/createPasswordReset";
export { passwordReset } from "./core/passwordReset/passwordReset";
export { useAccountConfirmation } from "./hooks/useAccountConfirmation";
export { useConfirmForgotPassword } from "./hooks/useConfirmForgotPassword";
export { useConfirmSignUp } from "./hooks/useConfirmSignUp";
export { useForgotPassword } from "./hooks/useForgotPassword";
export { usePasswordReset } from "./hooks/usePasswordReset";
export { useResendConfirmationCode } from "./hooks/useResendConfirmationCode";
