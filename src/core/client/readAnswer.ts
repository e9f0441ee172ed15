/**
 * Turns an HTTP answer into the operation's value or its typed error: Cognito's exceptions by name (the
 * documented ones as CognitoError, any other as UnknownCognitoError), and bodies that are not Cognito
 * JSON as MalformedResponseError or ResponseValidationError. Part of protocol.ts, which the client loads
 * alongside its first request.
 */
import { isPlainObject, parseJsonSafely } from "../json";
import {
  CognitoError,
  type CognitoErrorDetails,
  type CognitoExceptionName,
  MalformedResponseError,
  normalizeExceptionName,
  type OperationName,
  ResponseValidationError,
  UnknownCognitoError,
} from "./errors";
import { OPERATION_EXCEPTIONS } from "./exceptions";
import type { Checked } from "./operations/wire";

/** Real answers are a few KB of tokens; anything far larger is not Cognito and is not parsed. */
const MAX_BODY_CHARS = 1024 * 1024;
const EXCEPTION_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.]{0,127}$/;

interface ErrorBody {
  name: string | undefined;
  message: string;
  members: Record<string, unknown>;
}

/**
 * An error answer's name and message: from the body (`__type`, `message` or `Message`), else from the
 * headers the service also sends (`x-amzn-errortype`, `x-amzn-errormessage`), which is all some proxies
 * pass on. Every other member of the body (a `reasonCode`, say) is kept as sent.
 */
function readErrorBody(body: unknown, headers: Headers): ErrorBody {
  const { __type, message: lower, Message: upper, ...members } = isPlainObject(body) ? body : {};
  const rawName = typeof __type === "string" ? __type : (headers.get("x-amzn-errortype") ?? undefined);
  const name = rawName === undefined ? undefined : normalizeExceptionName(rawName);
  const message = [lower, upper, headers.get("x-amzn-errormessage")].find((text) => typeof text === "string");
  return {
    name: name !== undefined && EXCEPTION_NAME_PATTERN.test(name) ? name : undefined,
    message: typeof message === "string" ? message.slice(0, 1000) : "",
    members,
  };
}

/** Builds the typed error for an exception name, checking it against the operation's documented list. */
function toCognitoError(
  operation: OperationName,
  exceptionName: string,
  message: string,
  details: Omit<CognitoErrorDetails, "operation">,
  known: readonly string[],
): CognitoError | UnknownCognitoError {
  const full = { ...details, operation };
  return known.includes(exceptionName)
    ? new CognitoError(exceptionName as CognitoExceptionName, message, full)
    : new UnknownCognitoError(exceptionName, message, full);
}

export function readAnswer<T>(
  operation: OperationName,
  response: Response,
  text: string,
  parse: (body: unknown) => Checked<T>,
  /** The operation's exception names, where its command carries them; else the readers' own list. */
  exceptions?: readonly string[],
): T {
  const contentType = response.headers.get("content-type");
  const malformed = (reason: MalformedResponseError["reason"]) =>
    new MalformedResponseError(operation, response.status, reason, contentType);
  if (text.length > MAX_BODY_CHARS) throw malformed("too-large");
  const json = text.trim() === "" ? undefined : parseJsonSafely(text);

  if (!response.ok) {
    const { name, message, members } = readErrorBody(json?.ok ? json.value : undefined, response.headers);
    if (name === undefined)
      throw malformed(json === undefined ? "empty" : json.ok ? "no-error-type" : "not-json");
    throw toCognitoError(
      operation,
      name,
      message,
      { status: response.status, requestId: response.headers.get("x-amzn-requestid") ?? undefined, members },
      exceptions ?? OPERATION_EXCEPTIONS[operation as keyof typeof OPERATION_EXCEPTIONS] ?? [],
    );
  }
  if (json === undefined) throw malformed("empty");
  if (!json.ok) throw malformed("not-json");
  const checked = parse(json.value);
  if (!checked.ok) throw new ResponseValidationError(operation, checked.issues);
  return checked.value;
}
