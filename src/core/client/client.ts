/**
 * A small `fetch` client for the public Cognito operations of a sign-in and the session after it. It speaks the wire format
 * (POST, x-amz-json-1.1, X-Amz-Target, PascalCase JSON), validates every answer, and turns every way a
 * call can end badly into a typed error. No request signing: these operations are public.
 */

import { associateSoftwareTokenCommand } from "../commands/associateSoftwareToken";
import type { Command } from "../commands/command";
import { confirmDeviceCommand } from "../commands/confirmDevice";
import { initiateAuthCommand } from "../commands/initiateAuth";
import { respondToAuthChallengeCommand } from "../commands/respondToAuthChallenge";
import { updateDeviceStatusCommand } from "../commands/updateDeviceStatus";
import { verifySoftwareTokenCommand } from "../commands/verifySoftwareToken";
import { loadProtocol } from "../lazy";
import type { CallOptions } from "../types";
import type { CognitoClient } from "./cognitoClient";
import { AbortError, NetworkError, TimeoutError } from "./errors";
import type { SignInOperationName } from "./operationNames";
import type { Checked } from "./operations/check";

export type { CognitoClient } from "./cognitoClient";

/** The `fetch` the client needs: the standard signature, so a fake or a proxy-aware fetch can stand in. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CognitoClientOptions {
  /** The app client id of the user pool. */
  clientId: string;
  /** AWS region, e.g. `eu-west-1`. Optional when `userPoolId` or `endpoint` is given. */
  region?: string;
  /** The user pool id, e.g. `eu-west-1_AbCdEf123`; its prefix names the region. */
  userPoolId?: string;
  /** A custom endpoint URL: a proxy, or an emulator such as cognito-local on localhost. Wins over region. */
  endpoint?: string;
  /** The `fetch` to use; defaults to the global one. Tests inject a fake here. */
  fetch?: FetchLike;
  /**
   * Computes SECRET_HASH for a username, for app clients that have a secret. Async so the secret can
   * stay on a server. When given, SECRET_HASH is added to AuthParameters and ChallengeResponses.
   */
  secretHash?: (username: string) => string | Promise<string>;
  /**
   * Threat protection (Cognito's advanced security): the EncodedData of AWS's context-data script for
   * a username, sent as UserContextData with every call that takes it without a token (InitiateAuth,
   * RespondToAuthChallenge, SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword,
   * ConfirmForgotPassword). `contextDataFromAwsScript(…)` loads that script and reads it. If it fails or
   * gives nothing, the call goes without: Cognito then scores the request with less to go on.
   */
  userContextData?: (username: string) => string | undefined | Promise<string | undefined>;
  /** Milliseconds before a call fails with `TimeoutError`; 0 disables. Default 30 000. */
  timeoutMs?: number;
  /** Extra request headers, e.g. for a proxy. Cannot replace Content-Type or X-Amz-Target. */
  headers?: Record<string, string>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** An AWS region's name, e.g. `eu-west-1`: a pool id starts with one. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The endpoint for the options: `endpoint` as given, else the regional Cognito URL. */
export function resolveEndpoint(
  options: Pick<CognitoClientOptions, "endpoint" | "region" | "userPoolId">,
): string {
  if (options.endpoint !== undefined) {
    if (options.endpoint.trim() === "") throw new TypeError("createCognitoClient: `endpoint` is empty.");
    return options.endpoint;
  }
  const region = options.region ?? options.userPoolId?.split("_")[0];
  if (region === undefined || !REGION_PATTERN.test(region)) {
    throw new TypeError(
      "createCognitoClient: give `region` (e.g. eu-west-1), a `userPoolId` that starts with one, or an `endpoint`.",
    );
  }
  const domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return `https://cognito-idp.${region}.${domain}/`;
}

/** Settles like `promise`, or rejects as soon as `signal` aborts, for fetches that ignore their signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Creates a client for one app client of one user pool. */
export function createCognitoClient(options: CognitoClientOptions): CognitoClient {
  if (!options.clientId) throw new TypeError("createCognitoClient: `clientId` is required.");
  const endpoint = resolveEndpoint(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const secretHashFor = async (username: string) => options.secretHash?.(username);

  /**
   * Sends one operation. protocol.ts (the readers of the sign-in operations, and of error answers)
   * loads alongside the first request.
   */
  async function send<Input extends object, T>(
    command: Command<Input, T, unknown>,
    input: Input,
    callOptions: CallOptions | undefined,
  ): Promise<T> {
    const operation = command.name;
    const external = callOptions?.signal;
    if (external?.aborted) throw new AbortError(operation, { cause: external.reason });
    const controller = new AbortController();
    let timedOut = false;
    const onExternalAbort = () => controller.abort(external?.reason);
    external?.addEventListener("abort", onExternalAbort, { once: true });
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const stopped = () =>
      timedOut
        ? new TimeoutError(operation, timeoutMs)
        : new AbortError(operation, { cause: external?.reason });
    const reading = loadProtocol();
    // Read below, after the response; a failure there is reported then, not as an unhandled rejection.
    reading.catch(() => {});
    try {
      const provide = options.userContextData;
      const body = await untilAborted(
        buildBody(command, input).then((built) =>
          // Threat protection's context comes with the readers (see userContext.ts). Without them the
          // call cannot be read anyway, and fails below as a NetworkError.
          provide
            ? reading.then(
                (protocol) => protocol.withUserContext(operation, built, provide),
                () => built,
              )
            : built,
        ),
        controller.signal,
      ).catch((cause) => {
        // Only the app's `secretHash` can fail here (it is usually a call to the app's server).
        throw controller.signal.aborted ? stopped() : new NetworkError(operation, { cause });
      });
      let response: Response;
      let text: string;
      try {
        response = await untilAborted(
          fetchImpl(endpoint, {
            method: "POST",
            headers: {
              ...options.headers,
              "Content-Type": "application/x-amz-json-1.1",
              "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
              "Cache-Control": "no-store",
            },
            body: JSON.stringify(body),
            signal: controller.signal,
          }),
          controller.signal,
        );
        text = await untilAborted(response.text(), controller.signal);
      } catch (cause) {
        if (controller.signal.aborted) throw stopped();
        throw new NetworkError(operation, { cause });
      }
      // Without its reader an answer cannot be checked; to the user that is like a network failure.
      const protocol = await reading.catch((cause: unknown) => {
        throw new NetworkError(operation, { cause });
      });
      const reader =
        command.read ?? (protocol.readers[operation as SignInOperationName] as (body: unknown) => Checked<T>);
      return protocol.readAnswer(operation, response, text, reader, command.exceptions);
    } finally {
      clearTimeout(timer);
      external?.removeEventListener("abort", onExternalAbort);
    }
  }

  /** The command's body, with the SECRET_HASH its rule asks for. */
  async function buildBody<Input extends object>(command: Command<Input, unknown, unknown>, input: Input) {
    const username = command.secretHashOf?.(input);
    const hash = username === undefined ? undefined : await secretHashFor(username);
    return command.request(input, options.clientId, hash);
  }

  return {
    endpoint,
    clientId: options.clientId,
    userPoolId: options.userPoolId,
    // The sign-in's operations, as methods: sugar over `send`.
    initiateAuth: (input, callOptions) => send(initiateAuthCommand, input, callOptions),
    respondToAuthChallenge: (input, callOptions) => send(respondToAuthChallengeCommand, input, callOptions),
    associateSoftwareToken: (input, callOptions) => send(associateSoftwareTokenCommand, input, callOptions),
    verifySoftwareToken: (input, callOptions) => send(verifySoftwareTokenCommand, input, callOptions),
    confirmDevice: (input, callOptions) => send(confirmDeviceCommand, input, callOptions),
    updateDeviceStatus: (input, callOptions) => send(updateDeviceStatusCommand, input, callOptions),
    send,
    secretHashFor,
  };
}
