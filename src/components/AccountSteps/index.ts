export { AccountCodeStep, type AccountCodeStepProps } from "./AccountCodeStep";
export { AccountDoneStep, type AccountDoneStepProps } from "./AccountDoneStep";
export { type AccountStepsProps, accountCodeText } from "./accountSteps";
export { BackToSignIn } from "./BackToSignIn";
export { CodeChoiceStep, type CodeChoiceStepProps } from "./CodeChoiceStep";
