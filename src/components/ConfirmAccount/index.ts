export { ConfirmAccount, type ConfirmAccountProps } from "./ConfirmAccount";
export { ConfirmSteps, type ConfirmStepsProps } from "./ConfirmSteps";
