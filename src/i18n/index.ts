export { de } from "./de";
export { en, type MessageKey, type Messages } from "./en";
export { type ErrorMessageKey, errorMessage, errorMessageKey, format } from "./format";
export { resolveMessages } from "./resolve";
