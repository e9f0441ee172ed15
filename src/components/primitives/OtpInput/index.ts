export { codeOf, OtpInput, type OtpInputProps } from "./OtpInput";
