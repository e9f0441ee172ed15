/**
 * A protocol-level fake of Cognito's user-pool sign-in: a `fetch`-compatible function that speaks the
 * real wire format, so the real client, hooks and components run against it unchanged.
 */
import type { OperationName } from "../core/index";
import { FakeCognitoError } from "./errors";
import { openConfirmationLink, sendAccountCode } from "./operations/account";
import { operations, totpSecret } from "./operations/index";
import { PoolState } from "./pool";
import { base64url, randomId } from "./tokens";
import { generateTotp } from "./totp";
import type { Delivery, FakeCall, FakeCognitoOptions, FakePasskey, FakeUser, InjectedFault } from "./types";

const TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
const JSON_TYPE = "application/x-amz-json-1.1";

export interface FakeCognito {
  /** Answers a Cognito request: pass the fake as the client's `fetch`. */
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** The app client id requests must use. */
  readonly clientId: string;
  readonly userPoolId: string;
  /** Every call received, in order: operation, and the flow or challenge (never a secret). */
  readonly calls: readonly FakeCall[];
  /** Every SMS and email code "sent", in order. */
  readonly deliveries: readonly Delivery[];
  /**
   * Calls `listener` with each code sent from now on (`deliveries` has the earlier ones); returns the
   * function that stops it.
   */
  subscribe(listener: (delivery: Delivery) => void): () => void;
  /** The last code sent to a user (by username or alias), to answer SMS_OTP, EMAIL_OTP, SMS_MFA… */
  lastCode(username: string): string | undefined;
  /**
   * Opens the confirmation link the user was last emailed (a pool with `confirmWith: "link"`), as the
   * user would: the account is confirmed. False when there is no live link for them.
   */
  openConfirmationLink(username: string): boolean;
  /** The authenticator secret of a user: the one being set up, else the verified one. */
  totpSecret(username: string): string | undefined;
  /** The authenticator code for that secret now (by the fake's clock) or at `atMs`. */
  totpCode(username: string, atMs?: number): Promise<string | undefined>;
  /** A WebAuthn assertion for the user's pending WEB_AUTHN challenge, as `navigator.credentials.get` gives. */
  passkeyAssertion(username: string): PublicKeyCredentialJSON | undefined;
  /** Answers the next call of `operation` with a fault instead (an exception, a raw response, a network failure). */
  failNext(operation: OperationName, fault: InjectedFault): void;
  /** Expires every live session, as if the user had walked away. */
  expireSessions(): void;
  /** The user as the fake now holds them (after new passwords, MFA set-up…). */
  user(username: string): Readonly<FakeUser> | undefined;
  /** Registers a passkey for a user, e.g. one a test made in a virtual authenticator. */
  addPasskey(username: string, passkey: FakePasskey): void;
  /** The devices issued to a user, as a device list would show them (no verifiers). */
  devices(username: string): { deviceKey: string; name?: string; confirmed: boolean; remembered: boolean }[];
}

/** The JSON form of a WebAuthn assertion (AuthenticationResponseJSON). */
export interface PublicKeyCredentialJSON {
  id: string;
  rawId: string;
  type: "public-key";
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string };
  clientExtensionResults: Record<string, unknown>;
  authenticatorAttachment?: string;
}

async function readRequest(input: RequestInfo | URL, init: RequestInit | undefined) {
  if (typeof Request !== "undefined" && input instanceof Request) {
    return { headers: input.headers, text: await input.text(), signal: init?.signal ?? input.signal };
  }
  const body = init?.body;
  const text = typeof body === "string" ? body : body == null ? "" : await new Response(body).text();
  return { headers: new Headers(init?.headers), text, signal: init?.signal ?? undefined };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": JSON_TYPE, "x-amzn-requestid": randomId(12), ...headers },
  });
}

function errorResponse(name: string, message: string, status = 400): Response {
  return json(status, { __type: name, message }, { "x-amzn-errortype": `${name}:` });
}

/** The members each successful answer can have: under realism, those it lacks are written as null. */
const AUTH_RESPONSE_MEMBERS = [
  "ChallengeName",
  "Session",
  "ChallengeParameters",
  "AuthenticationResult",
  "AvailableChallenges",
];
const MEMBERS: Record<string, readonly string[]> = {
  InitiateAuth: AUTH_RESPONSE_MEMBERS,
  RespondToAuthChallenge: AUTH_RESPONSE_MEMBERS,
  AssociateSoftwareToken: ["SecretCode", "Session"],
  VerifySoftwareToken: ["Status", "Session"],
  SignUp: ["CodeDeliveryDetails", "Session"],
  ConfirmSignUp: ["Session"],
  ListWebAuthnCredentials: ["NextToken"],
  GetUserAuthFactors: ["UserMFASettingList", "PreferredMfaSetting"],
};

/** An answer as proxies and some backends write it: every absent member present, as null. */
function withNulls(operation: string, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  for (const member of MEMBERS[operation] ?? []) if (out[member] === undefined) out[member] = null;
  const result = out.AuthenticationResult as Record<string, unknown> | null;
  if (result) out.AuthenticationResult = { NewDeviceMetadata: null, ...result };
  return out;
}

const CORAL_SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/";

/**
 * An error as the real service and the proxies in front of it send one, in turn: `message`, then
 * `Message`, then only the headers (an empty body), every one with the service's x-amzn headers, and
 * InternalErrorException as HTTP 500.
 */
function realisticErrorResponse(turn: number, name: string, message: string, status = 400): Response {
  const style = turn % 3;
  const body =
    style === 0 ? { __type: name, message } : style === 1 ? { __type: name, Message: message } : {};
  return json(name === "InternalErrorException" ? 500 : status, body, {
    "x-amzn-errortype": `${name}${CORAL_SUFFIX}`,
    "x-amzn-errormessage": message,
  });
}

function abortError(): DOMException {
  return new DOMException("The operation was aborted.", "AbortError");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Falls through to Cognito's own answer for a body it cannot read.
  }
  throw new FakeCognitoError("SerializationException", "Could not parse the request body as JSON.");
}

/** Creates a fake user pool with these users and settings. */
export function createFakeCognito(options: FakeCognitoOptions): FakeCognito {
  const clock = options.clock ?? (() => Date.now());
  const engine = new PoolState(options, clock);
  // The codes these users were already sent: a sign-up's confirmation code, an administrator's reset.
  for (const user of engine.users) {
    if (user.status === "UNCONFIRMED" && (user.email || user.phone)) sendAccountCode(engine, user, "confirm");
    if (
      user.status === "RESET_REQUIRED" &&
      (user.resetBy ?? "admin") === "admin" &&
      (user.email || user.phone)
    )
      sendAccountCode(engine, user, "reset");
  }
  const calls: FakeCall[] = [];
  const faults = new Map<string, InjectedFault[]>();
  let errorTurn = 0;
  const error = (name: string, message: string, status?: number) =>
    engine.realism
      ? realisticErrorResponse(errorTurn++, name, message, status)
      : errorResponse(name, message, status);

  /** UserContextData's EncodedData, recorded as sent; Cognito refuses one that is not a string. */
  function encodedDataOf(body: Record<string, unknown>): { encodedData?: string } {
    if (body.UserContextData === undefined) return {};
    const encoded = (body.UserContextData as { EncodedData?: unknown } | null)?.EncodedData;
    if (typeof encoded !== "string")
      throw new FakeCognitoError(
        "InvalidParameterException",
        "UserContextData.EncodedData must be a string.",
      );
    return { encodedData: encoded };
  }

  async function handle(operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    // Own names only: "toString" is no Cognito operation.
    const serve = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
    if (!serve)
      throw new FakeCognitoError("UnknownOperationException", `The fake does not serve ${operation}.`);
    return serve(engine, body);
  }

  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = await readRequest(input, init);
    if (request.signal?.aborted) throw abortError();
    if (options.latencyMs) await sleep(options.latencyMs, request.signal);

    const target = request.headers.get("x-amz-target") ?? "";
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
    try {
      const body = parseBody(request.text);
      calls.push({
        operation,
        ...(typeof body.AuthFlow === "string" ? { authFlow: body.AuthFlow } : {}),
        ...(typeof body.ChallengeName === "string" ? { challengeName: body.ChallengeName } : {}),
        ...(typeof body.ClientMetadata === "object" && body.ClientMetadata !== null
          ? { clientMetadata: body.ClientMetadata as Record<string, string> }
          : {}),
        ...encodedDataOf(body),
      });
      const fault = faults.get(operation)?.shift();
      if (fault) {
        if ("networkFailure" in fault) throw new TypeError("Failed to fetch");
        if ("response" in fault) {
          return new Response(fault.response.body, {
            status: fault.response.status,
            headers: fault.response.headers,
          });
        }
        return error(fault.error, fault.message ?? `${fault.error} (injected)`, fault.status);
      }
      if (request.headers.get("content-type") !== JSON_TYPE) {
        throw new FakeCognitoError(
          "UnknownOperationException",
          "Content-Type must be application/x-amz-json-1.1.",
        );
      }
      const answer = await handle(operation, body);
      return json(200, engine.realism ? withNulls(operation, answer) : answer);
    } catch (failure) {
      if (failure instanceof FakeCognitoError)
        return error(failure.exceptionName, failure.message, failure.status);
      throw failure;
    }
  };

  const api: Omit<FakeCognito, keyof typeof fake> = {
    clientId: engine.pool.clientId,
    userPoolId: engine.pool.userPoolId,
    calls,
    deliveries: engine.deliveries,
    subscribe(listener) {
      // Wrapped, so that one function subscribed twice is told twice and stopped once per subscription.
      const each = (delivery: Delivery) => listener(delivery);
      engine.deliveryListeners.add(each);
      return () => engine.deliveryListeners.delete(each);
    },
    lastCode(username) {
      const user = engine.findUser(username);
      return engine.deliveries.filter((delivery) => delivery.username === user?.username).at(-1)?.code;
    },
    openConfirmationLink: (username) => openConfirmationLink(engine, username),
    totpSecret: (username) => totpSecret(engine, username),
    async totpCode(username, atMs) {
      const secret = totpSecret(engine, username);
      return secret === undefined ? undefined : generateTotp(secret, atMs ?? clock());
    },
    passkeyAssertion(username) {
      const user = engine.findUser(username);
      const passkey = user?.passkeys?.[0];
      const pending =
        user && engine.sessions.liveFor(user.username).find((session) => session.webauthnChallenge);
      if (!passkey || !pending?.webauthnChallenge) return undefined;
      const clientData = {
        type: "webauthn.get",
        challenge: pending.webauthnChallenge,
        origin: "http://localhost",
      };
      return {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: "public-key",
        response: {
          clientDataJSON: base64url(new TextEncoder().encode(JSON.stringify(clientData))),
          authenticatorData: randomId(37),
          signature: randomId(64),
          userHandle: base64url(new TextEncoder().encode(user.username)),
        },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },
    failNext(operation, fault) {
      faults.set(operation, [...(faults.get(operation) ?? []), fault]);
    },
    expireSessions: () => engine.sessions.expireAll(),
    user: (username) => engine.findUser(username),
    devices(username) {
      const user = engine.findUser(username);
      return [...engine.devices.values()]
        .filter((device) => device.username === user?.username)
        .map((device) => ({
          deviceKey: device.deviceKey,
          ...(device.name ? { name: device.name } : {}),
          confirmed: device.verifier !== undefined,
          remembered: device.remembered,
        }));
    },
    addPasskey(username, passkey) {
      const user = engine.findUser(username);
      if (!user) throw new Error(`addPasskey: no user ${username}`);
      user.passkeys = [...(user.passkeys ?? []), passkey];
      if (user.firstFactors && !user.firstFactors.includes("WEB_AUTHN"))
        user.firstFactors = [...user.firstFactors, "WEB_AUTHN"];
    },
  };
  return Object.assign(fake, api);
}
