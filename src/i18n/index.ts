export { de } from "./de";
export { en, type MessageKey, type Messages } from "./en";
export { errorMessage, errorMessageKey, format, resolveMessages } from "./format";
