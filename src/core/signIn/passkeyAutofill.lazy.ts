/**
 * Passkey autofill: WebAuthn conditional mediation, where the browser offers passkeys among the username
 * field's suggestions. Cognito issues WebAuthn options only for a named user (InitiateAuth USER_AUTH with
 * USERNAME and PREFERRED_CHALLENGE=WEB_AUTHN), so autofill can be offered only for a username the app
 * already knows, such as the one that last signed in with a passkey on this device. Each offer holds a
 * Cognito session that expires, so it is renewed shortly before it does, and only while the page is seen.
 *
 * Loaded on demand, and so imports nothing that the main bundle loads (types aside; WebAuthn's helpers
 * are loaded on demand too): bundlers split modules shared with the main bundle into chunks of their own,
 * which then load with the page.
 */
import type { ChallengeOf } from "../challenges";
import { unknownPasskeyRefusal } from "../webauthn/signals";
import {
  type AssertionLike,
  browserCredentials,
  type CredentialsLike,
  credentialToJSON,
  toRequestOptions,
} from "../webauthn/webauthn.lazy";
import type { SignInFlow } from "./flow";

export interface PasskeyAutofillRequest {
  /**
   * Asks Cognito for a WEB_AUTHN challenge for the user (InitiateAuth USER_AUTH, PREFERRED_CHALLENGE
   * WEB_AUTHN); undefined when Cognito answers with another challenge. Errors end the offer quietly: the
   * username field works as before.
   */
  issueChallenge(signal: AbortSignal): Promise<ChallengeOf<"WEB_AUTHN"> | undefined>;
  /** Defaults to the browser's. */
  credentials?: CredentialsLike;
  /** Milliseconds since the epoch, the same clock the sign-in's expiry uses. */
  clock(): number;
  /** How long Cognito keeps the session each offer holds. */
  sessionValidityMs: number;
  /** Ends the offer, and the browser's pending request with it. */
  signal: AbortSignal;
}

export interface AutofilledPasskey {
  /** The WEB_AUTHN challenge the passkey answered, with its session. */
  challenge: ChallengeOf<"WEB_AUTHN">;
  /** The assertion as Cognito takes it (AuthenticationResponseJSON). */
  credential: object;
}

/** Renew this long before the session ends, so that a passkey chosen at the last moment still counts. */
const RENEW_MARGIN_MS = 15_000;

/**
 * Offers the user's passkeys until one is chosen (resolves with it and the challenge to answer), or the
 * offer ends (resolves undefined): aborted, unsupported by the browser, refused by Cognito, or the user
 * has no passkey (Cognito then answers with another challenge, which is dropped unanswered).
 */
export async function waitForAutofilledPasskey(
  request: PasskeyAutofillRequest,
): Promise<AutofilledPasskey | undefined> {
  const { signal } = request;
  const credentials = request.credentials ?? browserCredentials();
  const supported = await credentials?.isConditionalMediationAvailable?.().catch(() => false);
  if (!credentials || !supported) return undefined;
  while (!signal.aborted) {
    await whenVisible(signal);
    if (signal.aborted) return undefined;
    const challenge = await request.issueChallenge(signal).catch(() => undefined);
    if (!challenge || signal.aborted) return undefined;
    const validity = request.sessionValidityMs;
    const renewAt = request.clock() + Math.max(validity - RENEW_MARGIN_MS, validity / 2);
    const round = abortAt(renewAt, request.clock, signal);
    try {
      const credential = await credentials.get({
        mediation: "conditional",
        publicKey: toRequestOptions(challenge.credentialRequestOptions),
        signal: round.signal,
      });
      if (!credential) return undefined;
      return { challenge, credential: credentialToJSON(credential as unknown as AssertionLike) };
    } catch {
      // Renewal aborted the browser's request: ask Cognito for a fresh session and offer again.
      if (!round.renewing()) return undefined;
    } finally {
      round.dispose();
    }
  }
  return undefined;
}

/**
 * An AbortSignal that fires with `outer`, or when `clock` reaches `at`. Timers can fire a little early,
 * so the timer re-arms until the clock really has passed `at`, as `atDeadline` (the store's expiry
 * timer) does; not shared with it, since this module must import nothing the main bundle loads.
 */
function abortAt(at: number, clock: () => number, outer: AbortSignal) {
  const controller = new AbortController();
  let renewing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    timer = setTimeout(
      () => {
        if (clock() < at) return arm();
        renewing = true;
        controller.abort();
      },
      Math.max(at - clock(), 0),
    );
  };
  const onOuterAbort = () => controller.abort();
  outer.addEventListener("abort", onOuterAbort, { once: true });
  arm();
  return {
    signal: controller.signal,
    renewing: () => renewing && !outer.aborted,
    dispose() {
      clearTimeout(timer);
      outer.removeEventListener("abort", onOuterAbort);
    },
  };
}

/** Resolves at once where the page is visible (or there is no document), else when it becomes visible. */
function whenVisible(signal: AbortSignal): Promise<void> {
  if (typeof document === "undefined" || document.visibilityState !== "hidden") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (document.visibilityState === "hidden" && !signal.aborted) return;
      document.removeEventListener("visibilitychange", done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    document.addEventListener("visibilitychange", done);
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * The sign-in's offer: waits for a chosen passkey (`waitForAutofilledPasskey`, each offer an InitiateAuth
 * straight from the client, which no mutation cache needs to see), then answers the WEB_AUTHN challenge
 * it came with and goes on from there. Sets `offer.refused` when Cognito refuses the passkey.
 */
export async function offerPasskey(
  flow: SignInFlow,
  username: string,
  signal: AbortSignal,
  offer: { refused: boolean },
): Promise<void> {
  const { context } = flow;
  const options = context.options();
  const chosen = await waitForAutofilledPasskey({
    credentials: options.passkeyAutofill?.credentials,
    async issueChallenge(callSignal) {
      const response = await options.client.initiateAuth(
        {
          authFlow: "USER_AUTH",
          authParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" },
          clientMetadata: context.options().clientMetadata,
        },
        { signal: callSignal },
      );
      const challenge = (await flow.loadProtocol()).parseChallenge(response, username);
      return challenge?.name === "WEB_AUTHN" ? challenge : undefined;
    },
    clock: context.clock,
    sessionValidityMs: context.getState().sessionValidityMs,
    signal,
  });
  if (!chosen || signal.aborted || context.getState().status !== "identify") return;
  flow.secrets = {};
  flow.dispatch({ type: "setUsername", username });
  return flow.run(async (requestSignal) => {
    try {
      const { answerChallenge } = await flow.loadProtocol();
      const input = answerChallenge(chosen.challenge, { credential: chosen.credential });
      const settled = await (await flow.steps()).settle(
        await flow.respond(input, requestSignal),
        requestSignal,
      );
      if (!settled) offer.refused = true;
    } catch (error) {
      if (requestSignal.aborted) throw error;
      offer.refused = true;
      // A passkey Cognito does not know: the browser is told to stop offering it.
      throw unknownPasskeyRefusal(chosen.challenge, chosen.credential, error, options.signals);
    }
  }, false);
}
