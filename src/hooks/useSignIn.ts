"use client";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  answerChallenge,
  type ChallengeAnswers,
  type KnownChallenge,
  parseChallenge,
} from "../core/challenges";
import { codeRefusedByStatus } from "../core/client/operations/verifySoftwareToken";
import type { FirstFactor, MfaType } from "../core/names";
import type { DeviceStore, RememberedDevice } from "../core/signIn/devices";
import { initialSignInState, isExpired, type SignInState, signInReducer } from "../core/signIn/reducer";
import { answerSrpStep, type SrpHeld } from "../core/signIn/srpSteps";
import type {
  AuthenticationResult,
  AuthResponse,
  RespondToAuthChallengeInput,
  StringMap,
} from "../core/types";
import type { CredentialsLike } from "../core/webauthn/webauthn";
import { useCognitoClient } from "./CognitoProvider";
import { useAssociateSoftwareToken } from "./useAssociateSoftwareToken";
import { useConfirmDevice } from "./useConfirmDevice";
import { useInitiateAuth } from "./useInitiateAuth";
import { useRespondToAuthChallenge } from "./useRespondToAuthChallenge";
import { useSingleFlight } from "./useSingleFlight";
import { useUpdateDeviceStatus } from "./useUpdateDeviceStatus";
import { useVerifySoftwareToken } from "./useVerifySoftwareToken";

export interface UseSignInOptions {
  /**
   * USER_AUTH (choice-based, the default), USER_SRP_AUTH (password proven by SRP), USER_PASSWORD_AUTH,
   * or CUSTOM_AUTH.
   */
  authFlow?: "USER_AUTH" | "USER_SRP_AUTH" | "USER_PASSWORD_AUTH" | "CUSTOM_AUTH";
  /**
   * USER_AUTH: prove the password with SRP (PASSWORD_SRP), so it never leaves the browser. Needs the
   * client's `userPoolId`. Where a pool offers only PASSWORD, the password is sent as PASSWORD.
   */
  srp?: boolean;
  /**
   * Where remembered devices are kept. With a store, a sign-in on a new device (NewDeviceMetadata) offers
   * to remember it, and a remembered device proves itself instead of MFA next time. Default: none.
   */
  deviceStore?: DeviceStore;
  /** The name ConfirmDevice gives a remembered device, e.g. "Firefox on Linux". */
  deviceName?: string;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap;
  /** Receives the tokens once; the hook's state keeps none of them. */
  onSignedIn?: (tokens: AuthenticationResult) => void;
  /** Milliseconds since the epoch; inject to test session expiry. Default `Date.now`. */
  clock?: () => number;
  /** How long Cognito keeps a challenge session (the app client's setting). Default 3 minutes. */
  sessionValidityMs?: number;
  /** A username to start with, e.g. remembered from a previous visit. */
  initialUsername?: string;
  /**
   * USER_AUTH: offer this user's passkeys in the username field's autofill (WebAuthn conditional
   * mediation) while the username step shows, where the browser supports it; choosing one signs in at
   * once. Cognito gives passkey options only for a named user, so pass one you know has a passkey, e.g.
   * the last user who signed in with one on this device. Each offer costs an InitiateAuth call, renewed
   * before its session expires while the page is visible. The username field needs
   * `autocomplete="username webauthn"`.
   */
  passkeyAutofill?: PasskeyAutofillOptions;
}

export interface PasskeyAutofillOptions {
  /** The user whose passkeys to offer. */
  username: string;
  /** Defaults to the browser's `navigator.credentials`. */
  credentials?: CredentialsLike;
}

export interface StartOptions {
  /** USER_AUTH: ask for this first factor directly instead of SELECT_CHALLENGE. */
  preferredChallenge?: FirstFactor;
  /** Sends the password in the first call (USER_AUTH with PASSWORD preferred, or USER_PASSWORD_AUTH). */
  password?: string;
}

export interface SignInActions {
  /** Starts (or starts again) with a username. Ignored while a request is in flight. */
  start(username: string, options?: StartOptions): Promise<void>;
  /**
   * Answers SELECT_CHALLENGE (a first factor; with PASSWORD, the password goes in the same call) or
   * SELECT_MFA_TYPE (an MFA method).
   */
  select(choice: FirstFactor | MfaType, extra?: { password?: string }): Promise<void>;
  /**
   * Answers the current challenge; the answer must be the one `ChallengeAnswers` gives for it.
   * PASSWORD_SRP is answered with `{ password }`: the hook runs SRP and answers PASSWORD_VERIFIER itself.
   */
  answer(answer: ChallengeAnswers[KnownChallenge["name"]]): Promise<void>;
  /** After sign-in on a new device: remember it (ConfirmDevice) or not, then hand over the tokens. */
  rememberDevice(remember: boolean): Promise<void>;
  /** MFA_SETUP: asks Cognito for an authenticator secret (AssociateSoftwareToken by session). */
  setupTotp(): Promise<void>;
  /** MFA_SETUP: verifies the first code from the authenticator, then completes MFA_SETUP. */
  verifyTotp(code: string, friendlyDeviceName?: string): Promise<void>;
  /** Back to the username step, keeping the username; cancels a request in flight. */
  restart(): void;
}

export type UseSignInResult = SignInState & SignInActions;

/** SRP is loaded when a sign-in first needs it: apps that never use SRP or devices never download it. */
const loadSrp = () => import("../core/srp/srp");
/** Likewise passkey autofill, only for apps that ask for it. */
const loadPasskeyAutofill = () => import("../core/signIn/passkeyAutofill");

interface FlowSecrets extends SrpHeld {
  /** Tokens waiting while the user decides whether to remember the device. */
  tokens?: AuthenticationResult;
}

/**
 * The whole sign-in as a hook: the state says which screen to show, the actions move it on. Every action
 * is a no-op while a request is in flight (double submits send nothing), and unmounting cancels the
 * request and drops its result.
 */
export function useSignIn(options: UseSignInOptions = {}): UseSignInResult {
  const initiate = useInitiateAuth();
  const respond = useRespondToAuthChallenge();
  const associate = useAssociateSoftwareToken();
  const verify = useVerifySoftwareToken();
  const confirmDevice = useConfirmDevice();
  const updateDeviceStatus = useUpdateDeviceStatus();
  const client = useCognitoClient();
  const [state, dispatch] = useReducer(
    signInReducer,
    { username: options.initialUsername, sessionValidityMs: options.sessionValidityMs },
    initialSignInState,
  );

  // Actions read the latest state and options through refs, so that they can stay stable.
  const current = {
    state,
    options,
    client,
    initiate,
    respond,
    associate,
    verify,
    confirmDevice,
    updateDeviceStatus,
  };
  const latest = useRef(current);
  latest.current = current;
  const flight = useSingleFlight();
  // The passkey autofill offer in progress, ended when the user starts a sign-in some other way.
  const autofill = useRef<AbortController | null>(null);
  // Set when Cognito refused an autofilled passkey: offering it again at once would only repeat that.
  const [autofillRefused, setAutofillRefused] = useState(false);
  // Secrets the flow needs across calls it makes by itself: kept in a ref, never in state or React
  // Query's cache, and dropped as soon as they are used or the sign-in ends.
  const secrets = useRef<FlowSecrets>({});
  useEffect(() => {
    const held = secrets;
    return () => {
      held.current = {};
    };
  }, []);

  // Move to `expired` when the session runs out while the challenge is on screen. Timers may fire a
  // little before the clock reaches the deadline, so the timer re-arms until it really has passed.
  useEffect(() => {
    const expiresAt = state.expiresAt;
    if (state.status !== "challenge" || expiresAt === undefined) return;
    const now = () => (latest.current.options.clock ?? Date.now)();
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      timer = setTimeout(
        () => {
          if (now() >= expiresAt) dispatch({ type: "tick", at: now() });
          else arm();
        },
        Math.max(expiresAt - now(), 0),
      );
    };
    arm();
    return () => clearTimeout(timer);
  }, [state.status, state.expiresAt]);

  // Stable across renders: everything an action needs is read through refs when it runs.
  const { actions, offerPasskey } = useMemo(() => {
    const clock = () => (latest.current.options.clock ?? Date.now)();
    const metadata = () => latest.current.options.clientMetadata;

    function deliver(tokens: AuthenticationResult) {
      secrets.current = {};
      latest.current.options.onSignedIn?.(tokens);
      dispatch({ type: "responded", response: { authenticationResult: tokens }, at: clock() });
    }

    function finish(response: AuthResponse) {
      const tokens = response.authenticationResult;
      if (!tokens) {
        dispatch({ type: "responded", response, at: clock() });
        return;
      }
      const device = tokens.newDeviceMetadata;
      if (latest.current.options.deviceStore && device?.deviceKey && device.deviceGroupKey) {
        secrets.current = { tokens };
        dispatch({ type: "deviceOffered" });
        return;
      }
      deliver(tokens);
    }

    function userPoolId(): string {
      const id = latest.current.client.userPoolId;
      if (!id)
        throw new TypeError(
          "useSignIn: SRP needs the client's `userPoolId` (the pool's name is part of the proof).",
        );
      return id;
    }

    /** Starts an SRP proof of the password: keeps it and `a` for PASSWORD_VERIFIER, returns SRP_A. */
    async function beginSrp(password: string): Promise<string> {
      userPoolId();
      const ephemeral = (await loadSrp()).createSrpEphemeral();
      secrets.current = { ...secrets.current, password, ephemeral };
      return ephemeral.srpA;
    }

    /** The answer the flow gives by itself (SRP and remembered-device steps); undefined when the user must act. */
    async function automaticAnswer(response: AuthResponse): Promise<RespondToAuthChallengeInput | undefined> {
      const challenge = parseChallenge(response, latest.current.state.username);
      if (!challenge) return undefined;
      const { tokens, ...held } = secrets.current;
      const answered = await answerSrpStep(challenge, held, {
        userPoolId,
        username: latest.current.state.username,
        now: new Date(clock()),
      });
      if (!answered) return undefined;
      secrets.current = { ...answered.held, tokens };
      return answered.input;
    }

    /** Set while the flow answers a step by itself: a failure there spends the round. */
    let answeringAutomatically = false;

    /** Answers what the flow can answer by itself (at most a few steps), then shows what comes next. */
    async function settle(first: AuthResponse, signal: AbortSignal): Promise<void> {
      let response = first;
      for (let step = 0; step < 4 && !signal.aborted; step++) {
        const input = await automaticAnswer(response);
        if (!input) break;
        answeringAutomatically = true;
        try {
          response = await latest.current.respond.mutateAsync({
            ...input,
            clientMetadata: metadata(),
            signal,
          });
        } catch (error) {
          // A remembered device that Cognito no longer knows or accepts is forgotten here too.
          if (input.challengeName.startsWith("DEVICE_")) {
            await latest.current.options.deviceStore?.remove(latest.current.state.username);
          }
          throw error;
        }
        answeringAutomatically = false;
      }
      if (!signal.aborted) finish(response);
    }

    /**
     * Sends one step. Refuses while another is in flight, and refuses to answer a session that the clock
     * says has expired (that request could only fail).
     */
    async function run(
      send: (signal: AbortSignal) => Promise<void>,
      needsSession: boolean,
      sendsPassword = false,
    ): Promise<void> {
      if (flight.busy()) return;
      const current = latest.current.state;
      if (needsSession && (current.status !== "challenge" || isExpired(current, clock()))) {
        dispatch({ type: "tick", at: clock() });
        return;
      }
      dispatch({ type: "request", sendsPassword });
      return flight.run(send, (error) => {
        const roundSpent = answeringAutomatically;
        answeringAutomatically = false;
        dispatch({ type: "failed", error, at: clock(), roundSpent });
      });
    }

    /** Sends an answer; an SRP answer is built in flight, since it needs the SRP module and `a`. */
    function respondWith(input: RespondToAuthChallengeInput | (() => Promise<RespondToAuthChallengeInput>)) {
      return run(
        async (signal) => {
          const response = await latest.current.respond.mutateAsync({
            ...(typeof input === "function" ? await input() : input),
            clientMetadata: metadata(),
            signal,
          });
          await settle(response, signal);
        },
        true,
        typeof input === "function" || input.challengeResponses.PASSWORD !== undefined,
      );
    }

    function currentChallenge(): KnownChallenge | undefined {
      const challenge = latest.current.state.challenge;
      return challenge && challenge.name !== "UNSUPPORTED" ? challenge : undefined;
    }

    /** Offers the user's passkeys in autofill; a chosen one answers the WEB_AUTHN challenge it came with. */
    async function offerPasskey(username: string, signal: AbortSignal): Promise<void> {
      const { waitForAutofilledPasskey } = await loadPasskeyAutofill();
      if (signal.aborted) return;
      const chosen = await waitForAutofilledPasskey({
        credentials: latest.current.options.passkeyAutofill?.credentials,
        async issueChallenge(callSignal) {
          const response = await latest.current.client.initiateAuth(
            {
              authFlow: "USER_AUTH",
              authParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" },
              clientMetadata: metadata(),
            },
            { signal: callSignal },
          );
          const challenge = parseChallenge(response, username);
          return challenge?.name === "WEB_AUTHN" ? challenge : undefined;
        },
        clock,
        sessionValidityMs: latest.current.state.sessionValidityMs,
        signal,
      });
      if (!chosen || signal.aborted || latest.current.state.status !== "identify") return;
      secrets.current = {};
      dispatch({ type: "setUsername", username });
      return run(async (requestSignal) => {
        try {
          const response = await latest.current.respond.mutateAsync({
            ...answerChallenge(chosen.challenge, { credential: chosen.credential }),
            clientMetadata: metadata(),
            signal: requestSignal,
          });
          await settle(response, requestSignal);
        } catch (error) {
          if (!requestSignal.aborted) setAutofillRefused(true);
          throw error;
        }
      }, false);
    }

    function endAutofill() {
      autofill.current?.abort();
      autofill.current = null;
      setAutofillRefused(false);
    }

    const actions: SignInActions = {
      start(username, startOptions = {}) {
        if (flight.busy()) return Promise.resolve();
        endAutofill();
        const typed = username.trim();
        const { authFlow: flow = "USER_AUTH", srp, deviceStore } = latest.current.options;
        const parameters: StringMap = { USERNAME: typed };
        const { password } = startOptions;
        let preferred = startOptions.preferredChallenge ?? (password !== undefined ? "PASSWORD" : undefined);
        if (flow === "USER_AUTH" && srp && preferred === "PASSWORD") preferred = "PASSWORD_SRP";
        // Configuration mistakes show at the first start, not halfway through a sign-in.
        if (srp || flow === "USER_SRP_AUTH") userPoolId();
        // A new start is a new sign-in: whatever the last one left behind goes.
        secrets.current = {};
        let srpPassword: string | undefined;
        if (flow === "USER_PASSWORD_AUTH" || flow === "USER_SRP_AUTH") {
          if (password === undefined)
            throw new TypeError(`useSignIn: ${flow} needs the password in start().`);
          if (flow === "USER_SRP_AUTH") srpPassword = password;
          else parameters.PASSWORD = password;
        } else if (flow === "USER_AUTH" && preferred) {
          parameters.PREFERRED_CHALLENGE = preferred;
          if (password !== undefined && preferred === "PASSWORD") parameters.PASSWORD = password;
          if (password !== undefined && preferred === "PASSWORD_SRP") srpPassword = password;
        }
        dispatch({ type: "restart" });
        dispatch({ type: "setUsername", username: typed });
        return run(
          async (signal) => {
            if (srpPassword !== undefined) parameters.SRP_A = await beginSrp(srpPassword);
            const device = await deviceStore?.get(typed);
            if (device) {
              secrets.current = { ...secrets.current, device };
              parameters.DEVICE_KEY = device.deviceKey;
            }
            const response = await latest.current.initiate.mutateAsync({
              authFlow: flow,
              authParameters: parameters,
              clientMetadata: metadata(),
              signal,
            });
            await settle(response, signal);
          },
          false,
          parameters.PASSWORD !== undefined || srpPassword !== undefined,
        );
      },

      select(choice, extra = {}) {
        const challenge = currentChallenge();
        if (challenge?.name === "SELECT_CHALLENGE") {
          const password = extra.password ?? "";
          const srp = latest.current.options.srp && challenge.availableChallenges.includes("PASSWORD_SRP");
          if (choice === "PASSWORD" && srp)
            return respondWith(async () =>
              answerChallenge(challenge, { answer: "PASSWORD_SRP", srpA: await beginSrp(password) }),
            );
          return respondWith(
            choice === "PASSWORD"
              ? answerChallenge(challenge, { answer: "PASSWORD", password })
              : answerChallenge(challenge, { answer: choice as "SMS_OTP" | "EMAIL_OTP" }),
          );
        }
        if (challenge?.name === "SELECT_MFA_TYPE") {
          return respondWith(answerChallenge(challenge, { mfaType: choice as MfaType }));
        }
        return Promise.resolve();
      },

      answer(answer) {
        const challenge = currentChallenge();
        if (challenge?.name === "PASSWORD_SRP" && "password" in answer) {
          const { password } = answer;
          return respondWith(async () => answerChallenge(challenge, { srpA: await beginSrp(password) }));
        }
        return challenge ? respondWith(answerChallenge(challenge, answer)) : Promise.resolve();
      },

      rememberDevice(remember) {
        const tokens = secrets.current.tokens;
        const device = tokens?.newDeviceMetadata;
        const store = latest.current.options.deviceStore;
        if (latest.current.state.status !== "rememberDevice" || !tokens) return Promise.resolve();
        if (!remember || !store || !device?.deviceKey || !device.deviceGroupKey) {
          if (!flight.busy()) deliver(tokens);
          return Promise.resolve();
        }
        const { deviceKey, deviceGroupKey } = device;
        const accessToken = tokens.accessToken;
        return run(async (signal) => {
          const verifier = await (await loadSrp()).createDeviceVerifier(deviceGroupKey, deviceKey);
          const confirmed = await latest.current.confirmDevice.mutateAsync({
            accessToken,
            deviceKey,
            deviceSecretVerifierConfig: { salt: verifier.salt, passwordVerifier: verifier.passwordVerifier },
            ...(latest.current.options.deviceName ? { deviceName: latest.current.options.deviceName } : {}),
            signal,
          });
          if (confirmed.userConfirmationNecessary) {
            await latest.current.updateDeviceStatus.mutateAsync({
              accessToken,
              deviceKey,
              remembered: true,
              signal,
            });
          }
          const remembered: RememberedDevice = {
            deviceKey,
            deviceGroupKey,
            randomPassword: verifier.randomPassword,
          };
          await store.set(latest.current.state.username, remembered);
          if (!signal.aborted) deliver(tokens);
        }, false);
      },

      setupTotp() {
        const challenge = currentChallenge();
        if (challenge?.name !== "MFA_SETUP" || challenge.session === undefined) return Promise.resolve();
        const session = challenge.session;
        return run(async (signal) => {
          const result = await latest.current.associate.mutateAsync({ session, signal });
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
        const setup = latest.current.state.totpSetup;
        if (challenge?.name !== "MFA_SETUP" || !setup) return Promise.resolve();
        return run(async (signal) => {
          const verified = await latest.current.verify.mutateAsync({
            session: setup.session,
            userCode: code,
            ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
            signal,
          });
          if (verified.status !== "SUCCESS" || verified.session === undefined) {
            throw codeRefusedByStatus();
          }
          const response = await latest.current.respond.mutateAsync({
            ...answerChallenge(challenge, { verifiedSession: verified.session }),
            clientMetadata: metadata(),
            signal,
          });
          if (!signal.aborted) finish(response);
        }, true);
      },

      restart() {
        flight.cancel();
        endAutofill();
        secrets.current = {};
        dispatch({ type: "restart" });
      },
    };
    return { actions, offerPasskey };
  }, [flight]);

  const { authFlow = "USER_AUTH", passkeyAutofill } = options;
  const autofillUsername = authFlow === "USER_AUTH" ? passkeyAutofill?.username.trim() : undefined;
  const offering = state.status === "identify" && !state.pending && !autofillRefused;
  useEffect(() => {
    if (!offering || !autofillUsername) return;
    const controller = new AbortController();
    autofill.current = controller;
    // An offer, not a step: if its code cannot even load, the username field works as before.
    offerPasskey(autofillUsername, controller.signal).catch(() => {});
    return () => controller.abort();
  }, [offering, autofillUsername, offerPasskey]);

  return { ...state, ...actions };
}
