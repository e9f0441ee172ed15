// The sign-up's operations with their answers' readers (zod), loaded as its first call goes out: the
// form, which is <SignUp>'s first load, carries none of them.
export { confirmSignUpCommand } from "../commands/confirmSignUp";
export { resendConfirmationCodeCommand } from "../commands/resendConfirmationCode";
export { signUpCommand } from "../commands/signUp";
