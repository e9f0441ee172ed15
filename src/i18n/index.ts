export { de } from "./de";
export { en, type MessageKey, type Messages } from "./en";
export { type ErrorMessageKey, errorKeyOf, errorMessage, format } from "./format";
export { errorMessageKey, resolveMessages } from "./resolve";
