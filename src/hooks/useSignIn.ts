"use client";
import { useEffect, useMemo, useReducer, useRef } from "react";
import { answerChallenge, type ChallengeAnswers, type KnownChallenge } from "../core/challenges";
import { CognitoError } from "../core/errors";
import { initialSignInState, isExpired, type SignInState, signInReducer } from "../core/flow";
import type { FirstFactor, MfaType } from "../core/names";
import type {
  AuthenticationResult,
  AuthResponse,
  RespondToAuthChallengeInput,
  StringMap,
} from "../core/types";
import { useAssociateSoftwareToken } from "./useAssociateSoftwareToken";
import { useInitiateAuth } from "./useInitiateAuth";
import { useRespondToAuthChallenge } from "./useRespondToAuthChallenge";
import { useSingleFlight } from "./useSingleFlight";
import { useVerifySoftwareToken } from "./useVerifySoftwareToken";

export interface UseSignInOptions {
  /** USER_AUTH (choice-based, the default), USER_PASSWORD_AUTH, or CUSTOM_AUTH. */
  authFlow?: "USER_AUTH" | "USER_PASSWORD_AUTH" | "CUSTOM_AUTH";
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
  /** Answers the current challenge; the answer must be the one `ChallengeAnswers` gives for it. */
  answer(answer: ChallengeAnswers[KnownChallenge["name"]]): Promise<void>;
  /** MFA_SETUP: asks Cognito for an authenticator secret (AssociateSoftwareToken by session). */
  setupTotp(): Promise<void>;
  /** MFA_SETUP: verifies the first code from the authenticator, then completes MFA_SETUP. */
  verifyTotp(code: string, friendlyDeviceName?: string): Promise<void>;
  /** Back to the username step, keeping the username; cancels a request in flight. */
  restart(): void;
}

export type UseSignInResult = SignInState & SignInActions;

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
  const [state, dispatch] = useReducer(
    signInReducer,
    { username: options.initialUsername, sessionValidityMs: options.sessionValidityMs },
    initialSignInState,
  );

  // Actions read the latest state and options through refs, so that they can stay stable.
  const latest = useRef({ state, options, initiate, respond, associate, verify });
  latest.current = { state, options, initiate, respond, associate, verify };
  const flight = useSingleFlight();

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
  const actions = useMemo((): SignInActions => {
    const clock = () => (latest.current.options.clock ?? Date.now)();
    const metadata = () => latest.current.options.clientMetadata;

    function finish(response: AuthResponse) {
      if (response.authenticationResult) latest.current.options.onSignedIn?.(response.authenticationResult);
      dispatch({ type: "responded", response, at: clock() });
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
      return flight.run(send, (error) => dispatch({ type: "failed", error, at: clock() }));
    }

    function respondWith(input: RespondToAuthChallengeInput) {
      return run(
        async (signal) => {
          const response = await latest.current.respond.mutateAsync({
            ...input,
            clientMetadata: metadata(),
            signal,
          });
          if (!signal.aborted) finish(response);
        },
        true,
        input.challengeResponses.PASSWORD !== undefined,
      );
    }

    function currentChallenge(): KnownChallenge | undefined {
      const challenge = latest.current.state.challenge;
      return challenge && challenge.name !== "UNSUPPORTED" ? challenge : undefined;
    }

    return {
      start(username, startOptions = {}) {
        const typed = username.trim();
        const flow = latest.current.options.authFlow ?? "USER_AUTH";
        const parameters: StringMap = { USERNAME: typed };
        const { password } = startOptions;
        const preferred =
          startOptions.preferredChallenge ?? (password !== undefined ? "PASSWORD" : undefined);
        if (flow === "USER_PASSWORD_AUTH") {
          if (password === undefined)
            throw new TypeError("useSignIn: USER_PASSWORD_AUTH needs the password in start().");
          parameters.PASSWORD = password;
        } else if (flow === "USER_AUTH" && preferred) {
          parameters.PREFERRED_CHALLENGE = preferred;
          if (preferred === "PASSWORD" && password !== undefined) parameters.PASSWORD = password;
        }
        if (flight.busy()) return Promise.resolve();
        // A new start is a new sign-in: whatever the last one left behind goes.
        dispatch({ type: "restart" });
        dispatch({ type: "setUsername", username: typed });
        return run(
          async (signal) => {
            const response = await latest.current.initiate.mutateAsync({
              authFlow: flow,
              authParameters: parameters,
              clientMetadata: metadata(),
              signal,
            });
            if (!signal.aborted) finish(response);
          },
          false,
          parameters.PASSWORD !== undefined,
        );
      },

      select(choice, extra = {}) {
        const challenge = currentChallenge();
        if (challenge?.name === "SELECT_CHALLENGE") {
          return respondWith(
            choice === "PASSWORD"
              ? answerChallenge(challenge, { answer: "PASSWORD", password: extra.password ?? "" })
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
        return challenge ? respondWith(answerChallenge(challenge, answer)) : Promise.resolve();
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
            // Cognito documents Status ERROR without saying when; the user's remedy is a new code.
            throw new CognitoError("CodeMismatchException", "VerifySoftwareToken answered ERROR.", {
              operation: "VerifySoftwareToken",
              status: 200,
            });
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
        dispatch({ type: "restart" });
      },
    };
  }, [flight]);

  return { ...state, ...actions };
}
