export { AccountCodeStep, type AccountCodeStepProps } from "./AccountCodeStep";
export { AccountDoneStep, type AccountDoneStepProps } from "./AccountDoneStep";
export { BackToSignIn } from "./BackToSignIn";
export { CodeChoiceStep, type CodeChoiceStepProps } from "./CodeChoiceStep";
