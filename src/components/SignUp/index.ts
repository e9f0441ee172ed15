export { SignUp, type SignUpProps } from "./SignUp";
export type { SignUpAttribute, SignUpConsent, UsernameModel } from "./signUpFields";
