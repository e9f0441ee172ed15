import { isSessionEnded } from "../core/signIn/sessionEnded";
import type { Messages } from "./en";
import type { errorsEn } from "./en/errors";
import type { exceptionsEn } from "./en/exceptions.lazy";

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than "undefined". */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Text from elsewhere without its own embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 * a U+2069 inside an isolate would close it early, and an override would turn the text after it around.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
}

/**
 * Text from elsewhere (a username, a masked phone number) set apart from the sentence around it, so that
 * in a right-to-left language it keeps its own direction (Unicode's first-strong isolate), and cannot
 * reach out of it (see `withoutBidiControls`).
 */
export function isolate(text: string): string {
  return `\u2068${withoutBidiControls(text)}\u2069`;
}

/**
 * The key of an error's message: ours by error type (a session that ended has its own), Cognito's by
 * exception name, also for a name no operation documents (`error.<name>`, so an app can give one a
 * message). Never by the server's English text. The key may have no message: see `errorMessage`.
 */
export function errorKeyOf(error: unknown): string {
  if (error === undefined || error === null) return "error.unknown";
  if (isSessionEnded(error)) return "error.sessionExpired";
  const name = (error as { name?: unknown }).name;
  if (name === "UnknownCognitoError")
    return `error.${String((error as { exceptionName?: unknown }).exceptionName)}`;
  if (name === "InvalidAnswerError") return `error.${(error as { reason: string }).reason}`;
  if (name === "NetworkError") return "error.network";
  if (name === "ScreenLoadError") return "error.load";
  if (name === "TimeoutError") return "error.timeout";
  // SrpError: the server sent SRP values no honest server sends, InvalidTokenError tokens that are no
  // JWT; to the user either is a bad answer.
  if (
    name === "MalformedResponseError" ||
    name === "ResponseValidationError" ||
    name === "SrpError" ||
    name === "InvalidTokenError"
  )
    return "error.badResponse";
  return `error.${String(name)}`;
}

/** The keys of the error messages. */
export type ErrorMessageKey = keyof typeof errorsEn | keyof typeof exceptionsEn;

/** The user-facing text for an error in the given dictionary: its own message, else the generic one. */
export function errorMessage(
  error: unknown,
  messages: Partial<Record<string, string>> & Pick<Messages, "error.unknown">,
): string {
  return messages[errorKeyOf(error)] ?? messages["error.unknown"];
}
