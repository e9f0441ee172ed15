export { ResetPassword, type ResetPasswordProps } from "./ResetPassword";
export { ResetSteps, type ResetStepsProps } from "./ResetSteps";
