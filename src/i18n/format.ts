import { isSessionEnded } from "../core/signIn/sessionEnded";
import type { Messages } from "./en";
import { errorsEn } from "./en/errors";

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than "undefined". */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The message key for an error: by Cognito exception name (a session that ended has its own), by
 * transport error type, else the generic one. Never by the server's English text.
 */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error === undefined || error === null) return "error.unknown";
  if (isSessionEnded(error)) return "error.sessionExpired";
  const name = (error as { name?: unknown }).name;
  if (name === "UnknownCognitoError") {
    const key = `error.${String((error as { exceptionName?: unknown }).exceptionName)}`;
    return key in errorsEn ? (key as ErrorMessageKey) : "error.unknown";
  }
  if (name === "InvalidAnswerError") return "error.totpCodeFormat";
  if (name === "NetworkError") return "error.network";
  if (name === "ScreenLoadError") return "error.load";
  if (name === "TimeoutError") return "error.timeout";
  // SrpError: the server sent SRP values no honest server sends; to the user that is a bad answer.
  if (name === "MalformedResponseError" || name === "ResponseValidationError" || name === "SrpError")
    return "error.badResponse";
  const key = `error.${String(name)}`;
  return key in errorsEn ? (key as ErrorMessageKey) : "error.unknown";
}

/** The keys of the error messages. */
export type ErrorMessageKey = keyof typeof errorsEn;

/** The user-facing text for an error, in the given dictionary. */
export function errorMessage(error: unknown, messages: Pick<Messages, ErrorMessageKey>): string {
  return messages[errorMessageKey(error)];
}
