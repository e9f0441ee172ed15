/**
 * The whole sign-in as a framework-free store: `getState()` says which screen to show, the actions move
 * it on, `subscribe` tells when it changed. It owns what a sign-in must get right whatever renders it:
 * one request at a time, the secrets (never in state), the session's expiry, the steps it answers by
 * itself (SRP, remembered devices), the passkey autofill offer, and cancelling everything on `dispose`.
 * `useSignIn` is a thin React binding over it; a plain script or another framework can use it as is.
 */
import type { answerChallenge } from "../answers";
import type { KnownChallenge } from "../challenges";
import type { CognitoClient } from "../client/client";
import { codeRefusedByStatus, InvalidAnswerError } from "../client/errors";
import type { MfaType } from "../names";
import { loadProtocol } from "../protocolLoader";
import { createSingleFlight } from "../store/singleFlight";
import { createStateContainer } from "../store/state";
import { atDeadline } from "../store/timers";
import { normalizeTotpCode } from "../totp/code";
import type { AuthenticationResult, AuthResponse, RespondToAuthChallengeInput } from "../types";
import { accountNeedOf } from "./accountNeed";
import type { SignInPort } from "./port";
import {
  initialSignInState,
  isExpired,
  type SignInEvent,
  type SignInState,
  signInReducer,
  type TotpSetupState,
} from "./reducer";
import type { SrpHeld } from "./srpSteps";
import { startRequest } from "./startRequest";
import type { SignInActions, SignInOptions, StartOptions } from "./types";

export interface CreateSignInOptions extends SignInOptions {
  /** The client: its `userPoolId` names the pool in SRP proofs, and the autofill offer calls it directly. */
  client: CognitoClient;
  /** The calls the sign-in makes; defaults to the client. `useSignIn` routes them through React Query. */
  port?: SignInPort;
}

export interface SignInStore extends SignInActions {
  /** The current state: a new object after every change, the same one otherwise. */
  getState(): SignInState;
  /**
   * Calls `listener` after every change; returns the function that stops it. The passkey autofill offer
   * runs only while someone listens, since without a screen nobody can pick a passkey.
   */
  subscribe(listener: () => void): () => void;
  /**
   * Replaces the options (a binding passes the latest on every render); `client` and `port` stay as
   * they were unless given. `initialUsername` and `sessionValidityMs` only count at creation.
   */
  setOptions(options: Partial<CreateSignInOptions>): void;
  /** Cancels the request in flight, drops every secret, stops timers and the offer; later actions do nothing. */
  dispose(): void;
  /** True once `dispose` has run. */
  isDisposed(): boolean;
}

/**
 * SRP, with the steps the flow answers by itself, is loaded when a sign-in first needs it: apps that
 * never use SRP or devices never download it.
 */
const loadSrp = () => import("./srpSteps");
const AUTOMATIC_STEPS: ReadonlySet<string> = new Set([
  "PASSWORD_VERIFIER",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
]);
/** Likewise passkey autofill, only for apps that ask for it. */
const loadPasskeyAutofill = () => import("./passkeyAutofill");

interface FlowSecrets extends SrpHeld {
  /** Tokens waiting while the user decides whether to remember the device. */
  tokens?: AuthenticationResult;
}

export function createSignIn(initialOptions: CreateSignInOptions): SignInStore {
  let options = initialOptions;
  const port = () => options.port ?? options.client;
  const clock = () => (options.clock ?? Date.now)();
  const metadata = () => options.clientMetadata;
  const container = createStateContainer(
    initialSignInState({ username: options.initialUsername, sessionValidityMs: options.sessionValidityMs }),
    () => reconcileOffer(),
  );
  const state = container.getState;
  const flight = createSingleFlight();
  let disposed = false;
  // Secrets the flow needs across calls it makes by itself: held here, never in state, and dropped as
  // soon as they are used or the sign-in ends.
  let secrets: FlowSecrets = {};
  // The password this sign-in sent, for sending an MFA code again (a new InitiateAuth is the only way):
  // held only while a challenge of this sign-in is on screen or a request is in flight. `dispatch` drops
  // it on every other state (signed in, remembering the device, back to the username, expired).
  let heldPassword: string | undefined;

  function dispatch(event: SignInEvent) {
    if (disposed) return;
    container.setState(signInReducer(state(), event));
    const { status, pending, error } = state();
    // Kept after UserNotConfirmedException for `signInAgain` once the account is confirmed.
    if (status !== "challenge" && !pending && accountNeedOf(error) !== "confirm") heldPassword = undefined;
    armExpiry();
    reconcileOffer();
  }

  // Move to `expired` when the session runs out while a challenge is on screen.
  let expiry: { at: number; cancel: () => void } | undefined;
  function armExpiry() {
    const { status, expiresAt } = state();
    const wanted = status === "challenge" && !disposed ? expiresAt : undefined;
    if (expiry?.at === wanted) return;
    expiry?.cancel();
    expiry =
      wanted === undefined
        ? undefined
        : {
            at: wanted,
            cancel: atDeadline(wanted, clock, options.timers, () => dispatch({ type: "tick", at: clock() })),
          };
  }

  function deliver(tokens: AuthenticationResult) {
    // The device this sign-in used (remembered) or was issued goes with the session: refreshes must
    // send its key where the pool tracks devices.
    const deviceKey = tokens.newDeviceMetadata?.deviceKey ?? secrets.device?.deviceKey;
    secrets = {};
    if (tokens.refreshToken) options.session?.signIn(tokens, deviceKey);
    options.onSignedIn?.(tokens);
    dispatch({ type: "responded", response: { authenticationResult: tokens }, at: clock() });
  }

  async function finish(response: AuthResponse, signal: AbortSignal, userIdForSrp?: string, resent = false) {
    const tokens = response.authenticationResult;
    if (!tokens) {
      // Loaded already: the client read this response with it.
      const protocol = await loadProtocol();
      if (signal.aborted) return;
      const lastUserIdForSrp = userIdForSrp ?? state().userIdForSrp;
      const challenge = protocol.parseChallenge(response, state().username, lastUserIdForSrp);
      const canResend = !!protocol.resendStart(
        challenge?.name,
        state().passwordSent,
        heldPassword,
        options.authFlow,
      );
      const show = (totpSetup?: TotpSetupState) =>
        dispatch({
          type: "responded",
          response,
          challenge,
          at: clock(),
          userIdForSrp,
          canResend,
          resent,
          totpSetup,
        });
      // MFA set-up with the authenticator as its only method: no screen asking to choose it; the secret
      // is asked for at once and shown with the step. If that fails, the step shows the error and a
      // button to try again.
      const session = protocol.setsUpOnlyTotp(challenge);
      if (session === undefined) return show();
      const associated = await port()
        .associateSoftwareToken({ session }, { signal })
        .catch((error: unknown) => {
          show();
          throw error;
        });
      if (!signal.aborted)
        show({ secretCode: associated.secretCode, session: associated.session ?? session });
      return;
    }
    const device = tokens.newDeviceMetadata;
    if (options.deviceStore && device?.deviceKey && device.deviceGroupKey) {
      secrets = { tokens };
      return dispatch({ type: "deviceOffered" });
    }
    deliver(tokens);
  }

  function userPoolId(): string {
    const id = options.client.userPoolId;
    if (!id)
      throw new TypeError(
        "createSignIn (useSignIn, <SignIn>): SRP needs the client's `userPoolId` (the pool's name is part of the proof).",
      );
    return id;
  }

  /** Starts an SRP proof of the password: keeps it and `a` for PASSWORD_VERIFIER, returns SRP_A. */
  async function beginSrp(password: string): Promise<string> {
    userPoolId();
    const ephemeral = (await loadSrp()).createSrpEphemeral();
    secrets = { ...secrets, password, ephemeral };
    return ephemeral.srpA;
  }

  /** The answer the flow gives by itself (SRP and remembered-device steps); undefined when the user must act. */
  async function automaticAnswer(
    response: AuthResponse,
    userIdForSrp: string | undefined,
  ): Promise<RespondToAuthChallengeInput | undefined> {
    const { parseChallenge, answerChallenge, onlyChoiceAnswer } = await loadProtocol();
    const challenge = parseChallenge(response, state().username, userIdForSrp);
    // A choice of one factor other than the password is made for the user (the password needs a field).
    const choice = onlyChoiceAnswer(challenge);
    if (choice || !challenge || !AUTOMATIC_STEPS.has(challenge.name)) return choice;
    const { tokens, ...held } = secrets;
    const answered = await (await loadSrp()).answerSrpStep(challenge, held, {
      userPoolId,
      username: state().username,
      now: new Date(clock()),
      answer: answerChallenge,
    });
    if (!answered) return undefined;
    secrets = { ...answered.held, tokens };
    return answered.input;
  }

  /** RespondToAuthChallenge with the app's ClientMetadata. */
  function respond(input: RespondToAuthChallengeInput, signal: AbortSignal) {
    return port().respondToAuthChallenge({ ...input, clientMetadata: metadata() }, { signal });
  }

  /** Set while the flow answers a step by itself: a failure there spends the round. */
  let answeringAutomatically = false;

  /** Answers what the flow can answer by itself (at most a few steps), then shows what comes next. */
  async function settle(first: AuthResponse, signal: AbortSignal, resent = false): Promise<void> {
    let response = first;
    // Steps answered here never reach the state, so the user's id for SRP they carried is kept here.
    let userIdForSrp = state().userIdForSrp;
    for (let step = 0; step < 4 && !signal.aborted; step++) {
      userIdForSrp = response.challengeParameters?.USER_ID_FOR_SRP ?? userIdForSrp;
      const input = await automaticAnswer(response, userIdForSrp);
      if (!input) break;
      answeringAutomatically = true;
      try {
        response = await respond(input, signal);
      } catch (error) {
        // A remembered device that Cognito no longer knows or accepts is forgotten here too.
        if (input.challengeName.startsWith("DEVICE_")) await options.deviceStore?.remove(state().username);
        throw error;
      }
      answeringAutomatically = false;
    }
    if (!signal.aborted) await finish(response, signal, userIdForSrp, resent);
  }

  /** InitiateAuth for a start (or a code sent again), then whatever follows. */
  function initiate(username: string, startOptions: StartOptions, resent: boolean) {
    const { authFlow, deviceStore } = options;
    const request = startRequest(username, options, startOptions);
    const { parameters, srpPassword } = request;
    return run(
      async (signal) => {
        if (startOptions.password !== undefined) heldPassword = startOptions.password;
        if (srpPassword !== undefined) parameters.SRP_A = await beginSrp(srpPassword);
        const device = await deviceStore?.get(username);
        if (device) {
          secrets = { ...secrets, device };
          parameters.DEVICE_KEY = device.deviceKey;
        }
        const response = await port().initiateAuth(
          { authFlow: authFlow ?? "USER_AUTH", authParameters: parameters, clientMetadata: metadata() },
          { signal },
        );
        await settle(response, signal, resent);
      },
      false,
      request.sendsPassword,
    );
  }

  /**
   * Sends one step. Refuses while another is in flight, and refuses to answer a session that the clock
   * says has expired (that request could only fail).
   */
  async function run(
    send: (signal: AbortSignal) => Promise<void>,
    needsSession: boolean,
    sendsPassword = false,
  ) {
    if (flight.busy()) return;
    const current = state();
    if (needsSession && (current.status !== "challenge" || isExpired(current, clock()))) {
      dispatch({ type: "tick", at: clock() });
      return;
    }
    dispatch({ type: "request", sendsPassword });
    return flight.run(send, (error) => {
      // A reset or a confirmation the account needs ends this round too: it goes on from the username.
      const roundSpent = answeringAutomatically || accountNeedOf(error) !== undefined;
      answeringAutomatically = false;
      dispatch({ type: "failed", error, at: clock(), roundSpent });
    });
  }

  /**
   * Sends an answer, built in flight with the protocol module's `answerChallenge` (loaded with the
   * challenge it answers) and, for SRP, the SRP module and `a`.
   */
  function respondWith(
    build: (
      answer: typeof answerChallenge,
    ) => RespondToAuthChallengeInput | Promise<RespondToAuthChallengeInput>,
    sendsPassword = false,
  ) {
    return run(
      async (signal) => {
        const input = await build((await loadProtocol()).answerChallenge);
        await settle(await respond(input, signal), signal);
      },
      true,
      sendsPassword,
    );
  }

  /** Refuses an answer that cannot be right, without sending it; the step stays. */
  function refuse(error: unknown) {
    if (!flight.busy()) dispatch({ type: "failed", error, at: clock() });
    return Promise.resolve();
  }

  /** With `srp: true`, a password Cognito would get as it is stays here. */
  const srpRefused = () => refuse(new InvalidAnswerError("srpUnavailable"));

  function currentChallenge(): KnownChallenge | undefined {
    const challenge = state().challenge;
    return challenge && challenge.name !== "UNSUPPORTED" ? challenge : undefined;
  }

  // ---- passkey autofill -----------------------------------------------------------------------------

  /** The offer for a username, kept while the username step stays idle, so that an ended one is not repeated. */
  let offer: { username: string; controller: AbortController } | undefined;
  /** Set when Cognito refused an autofilled passkey: offering it again at once would only repeat that. */
  let offerRefused = false;

  /** Starts or ends the offer to match the state, the options and whether anyone is watching. */
  function reconcileOffer() {
    const { status, pending } = state();
    const wanted =
      !disposed && container.listenerCount() > 0 && status === "identify" && !pending && !offerRefused
        ? (options.authFlow ?? "USER_AUTH") === "USER_AUTH"
          ? options.passkeyAutofill?.username.trim() || undefined
          : undefined
        : undefined;
    if (offer?.username === wanted) return;
    offer?.controller.abort();
    offer = wanted === undefined ? undefined : { username: wanted, controller: new AbortController() };
    // An offer, not a step: if its code cannot even load, the username field works as before.
    if (offer) offerPasskey(offer.username, offer.controller.signal).catch(() => {});
  }

  function endOffer() {
    offer?.controller.abort();
    offer = undefined;
    offerRefused = false;
  }

  /** Offers the user's passkeys in autofill; a chosen one answers the WEB_AUTHN challenge it came with. */
  async function offerPasskey(username: string, signal: AbortSignal): Promise<void> {
    const { waitForAutofilledPasskey } = await loadPasskeyAutofill();
    if (signal.aborted) return;
    const chosen = await waitForAutofilledPasskey({
      credentials: options.passkeyAutofill?.credentials,
      async issueChallenge(callSignal) {
        const response = await options.client.initiateAuth(
          {
            authFlow: "USER_AUTH",
            authParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" },
            clientMetadata: metadata(),
          },
          { signal: callSignal },
        );
        const challenge = (await loadProtocol()).parseChallenge(response, username);
        return challenge?.name === "WEB_AUTHN" ? challenge : undefined;
      },
      clock,
      sessionValidityMs: state().sessionValidityMs,
      signal,
    });
    if (!chosen || signal.aborted || state().status !== "identify") return;
    secrets = {};
    dispatch({ type: "setUsername", username });
    return run(async (requestSignal) => {
      try {
        const { answerChallenge } = await loadProtocol();
        const input = answerChallenge(chosen.challenge, { credential: chosen.credential });
        await settle(await respond(input, requestSignal), requestSignal);
      } catch (error) {
        if (!requestSignal.aborted) offerRefused = true;
        throw error;
      }
    }, false);
  }

  // ---- actions --------------------------------------------------------------------------------------

  const actions: SignInActions = {
    start(username, startOptions = {}) {
      if (flight.busy()) return Promise.resolve();
      endOffer();
      const typed = username.trim();
      const { srp, authFlow } = options;
      // Configuration mistakes show at the first start, not halfway through a sign-in.
      if (srp || authFlow === "USER_SRP_AUTH") userPoolId();
      startRequest(typed, options, startOptions);
      // A new start is a new sign-in: whatever the last one left behind goes.
      secrets = {};
      dispatch({ type: "restart" });
      dispatch({ type: "setUsername", username: typed });
      return initiate(typed, startOptions, false);
    },

    async resendCode() {
      const { status, canResend, challenge, passwordSent, username } = state();
      if (status !== "challenge" || !canResend) return;
      // Loaded with the challenge on screen.
      const again = (await loadProtocol()).resendStart(
        challenge?.name,
        passwordSent,
        heldPassword,
        options.authFlow,
      );
      if (again) return initiate(username, again, true);
    },

    signInAgain() {
      const password = heldPassword;
      if (password !== undefined) return actions.start(state().username, { password });
      actions.restart();
      return Promise.resolve();
    },

    select(choice, extra = {}) {
      const challenge = currentChallenge();
      if (challenge?.name === "SELECT_CHALLENGE") {
        const password = extra.password ?? "";
        if (
          choice === "PASSWORD" &&
          options.srp === true &&
          !challenge.availableChallenges.includes("PASSWORD_SRP")
        )
          return srpRefused();
        if (choice === "PASSWORD") heldPassword = password;
        if (choice === "PASSWORD" && options.srp && challenge.availableChallenges.includes("PASSWORD_SRP"))
          return respondWith(
            async (answer) => answer(challenge, { answer: "PASSWORD_SRP", srpA: await beginSrp(password) }),
            true,
          );
        return respondWith(
          (answer) =>
            choice === "PASSWORD"
              ? answer(challenge, { answer: "PASSWORD", password })
              : answer(challenge, { answer: choice as "SMS_OTP" | "EMAIL_OTP" }),
          choice === "PASSWORD",
        );
      }
      if (challenge?.name === "SELECT_MFA_TYPE")
        return respondWith((answer) => answer(challenge, { mfaType: choice as MfaType }));
      return Promise.resolve();
    },

    answer(answer) {
      const challenge = currentChallenge();
      if (challenge?.name === "PASSWORD" && options.srp === true) return srpRefused();
      if ((challenge?.name === "PASSWORD_SRP" || challenge?.name === "PASSWORD") && "password" in answer)
        heldPassword = answer.password;
      if (challenge?.name === "PASSWORD_SRP" && "password" in answer) {
        const { password } = answer;
        return respondWith(async (answer) => answer(challenge, { srpA: await beginSrp(password) }), true);
      }
      if (challenge?.name === "SOFTWARE_TOKEN_MFA" && "code" in answer) {
        const code = normalizeTotpCode(answer.code);
        if (code === undefined) return refuse(new InvalidAnswerError("totpCodeFormat"));
        return respondWith((answerWith) => answerWith(challenge, { code }));
      }
      if (!challenge) return Promise.resolve();
      return respondWith((answerWith) => answerWith(challenge, answer), challenge.name === "PASSWORD");
    },

    rememberDevice(remember) {
      const tokens = secrets.tokens;
      const device = tokens?.newDeviceMetadata;
      const store = options.deviceStore;
      if (state().status !== "rememberDevice" || !tokens) return Promise.resolve();
      if (!remember || !store || !device?.deviceKey || !device.deviceGroupKey) {
        if (!flight.busy()) deliver(tokens);
        return Promise.resolve();
      }
      const { deviceKey, deviceGroupKey } = device;
      const accessToken = tokens.accessToken;
      return run(async (signal) => {
        const remembered = await (await loadSrp()).confirmNewDevice(
          port(),
          { accessToken, deviceKey, deviceGroupKey, deviceName: options.deviceName },
          signal,
        );
        await store.set(state().username, remembered);
        if (!signal.aborted) deliver(tokens);
      }, false);
    },

    setupTotp() {
      const challenge = currentChallenge();
      // Already asked for (the flow does so by itself when the authenticator is the only method).
      if (challenge?.name !== "MFA_SETUP" || challenge.session === undefined || state().totpSetup)
        return Promise.resolve();
      const session = challenge.session;
      return run(async (signal) => {
        const result = await port().associateSoftwareToken({ session }, { signal });
        if (signal.aborted) return;
        dispatch({
          type: "totpAssociated",
          secretCode: result.secretCode,
          session: result.session ?? session,
          at: clock(),
        });
      }, true);
    },

    verifyTotp(code, friendlyDeviceName) {
      const challenge = currentChallenge();
      const setup = state().totpSetup;
      if (challenge?.name !== "MFA_SETUP" || !setup) return Promise.resolve();
      const userCode = normalizeTotpCode(code);
      if (userCode === undefined) return refuse(new InvalidAnswerError("totpCodeFormat"));
      return run(async (signal) => {
        const verified = await port().verifySoftwareToken(
          { session: setup.session, userCode, ...(friendlyDeviceName ? { friendlyDeviceName } : {}) },
          { signal },
        );
        if (verified.status !== "SUCCESS" || verified.session === undefined) throw codeRefusedByStatus();
        const { answerChallenge } = await loadProtocol();
        const response = await respond(
          answerChallenge(challenge, { verifiedSession: verified.session }),
          signal,
        );
        if (!signal.aborted) await finish(response, signal);
      }, true);
    },

    restart() {
      if (disposed) return;
      flight.cancel();
      endOffer();
      secrets = {};
      dispatch({ type: "restart" });
    },
  };

  return {
    ...actions,
    getState: state,
    subscribe: container.subscribe,
    setOptions(next) {
      const { client, port } = options;
      options = { client, port, ...next } as CreateSignInOptions;
      reconcileOffer();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      flight.dispose();
      secrets = {};
      heldPassword = undefined;
      expiry?.cancel();
      expiry = undefined;
      endOffer();
      container.clear();
    },
    isDisposed: () => disposed,
  };
}
