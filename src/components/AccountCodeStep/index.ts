export { AccountCodeStep, type AccountCodeStepProps } from "./AccountCodeStep";
