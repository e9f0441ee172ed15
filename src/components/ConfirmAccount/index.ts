export { ConfirmSteps, type ConfirmStepsProps } from "./ConfirmSteps";
