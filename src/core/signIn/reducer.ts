/**
 * The whole sign-in as a pure reducer: identify → challenge(s) → signed in, with the session, its expiry,
 * the MFA_SETUP sub-steps and the last error. No I/O and no clock of its own: events carry the time, so
 * every transition can be tested without React, timers or a server.
 */
import type { Challenge } from "../challenges";
import type { AuthResponse } from "../types";
import { type AccountNeed, accountNeedOf } from "./accountNeed";
import { isSessionEnded } from "./sessionEnded";

export type SignInStatus =
  /** Waiting for a username (first screen, or after a restart). */
  | "identify"
  /** A challenge is on screen: see `challenge`. */
  | "challenge"
  /**
   * Signed in on a device Cognito has just met: the user may choose to remember it (only offered when the
   * app gave a device store). The tokens wait outside the state until the choice is made.
   */
  | "rememberDevice"
  /**
   * Signed in, and the app asked to offer a passkey (`offerPasskey`) to a user who has none: the user
   * creates one or says "Not now". The tokens wait outside the state until then.
   */
  | "passkeyOffer"
  /**
   * Signed in, and the app asked to check the contacts (`checkContact`) of a user with no verified email
   * or phone: the user verifies one or says "Not now". The tokens wait outside the state until then.
   */
  | "contactCheck"
  /** Tokens were handed to `onSignedIn`; the state keeps none of them. */
  | "signedIn"
  /** The session ended (timed out by the clock, or the server said so): only `restart` goes on. */
  | "expired";

/** MFA_SETUP by authenticator app, after AssociateSoftwareToken. */
export interface TotpSetupState {
  /** The secret to show as a QR code and text. Dropped as soon as the code is verified. */
  secretCode: string;
  /** The session VerifySoftwareToken must use. */
  session: string;
}

/**
 * An account step inside the sign-in: forgot (the user asked), required (Cognito requires a new
 * password), confirm (the account was never confirmed). Shown over the username step.
 */
export interface AccountStepState {
  step: "forgot" | AccountNeed;
  /** Whose account: the username the sign-in was given, or the one typed when the user asked. */
  username: string;
}

export interface SignInState {
  status: SignInStatus;
  /**
   * The account must be put right before anyone can sign in, or the user asked to reset the password:
   * the password reset or the account confirmation runs (`accountStepOptions`), over the username step.
   * Kept while the sign-in it ends with is in flight; gone once that sign-in moves on or fails.
   */
  account: AccountStepState | undefined;
  /** What the user typed; kept across restarts. */
  username: string;
  /** USER_ID_FOR_SRP once Cognito sent it: the name later answers must use. */
  userIdForSrp: string | undefined;
  /** The current challenge, with its session and typed parameters. */
  challenge: Challenge | undefined;
  /** Set between AssociateSoftwareToken and VerifySoftwareToken during MFA_SETUP. */
  totpSetup: TotpSetupState | undefined;
  /** A request is in flight. */
  pending: boolean;
  /** The last error; cleared by the next request. */
  error: unknown;
  /** When the current session stops being valid (milliseconds, by the injected clock). */
  expiresAt: number | undefined;
  /** Why the status is `expired`. */
  expiredBy: "clock" | "server" | undefined;
  /** How long a challenge session lasts (Cognito's default is 3 minutes). */
  sessionValidityMs: number;
  /**
   * A password went out in this sign-in: an EMAIL_OTP that follows is MFA, which cannot be re-sent
   * without the password, rather than a first factor that can.
   */
  passwordSent: boolean;
  /**
   * Counts the steps shown: a new challenge (or a new round of the same one), the signed-in step and the
   * offer to remember the device are each a new step, with fresh fields and focus. A code sent again is
   * not: the user stays where they are. More than 0: the username step is shown again, and takes focus.
   */
  step: number;
  /** The code step can send its code again (`resendCode`): see `SignInActions.resendCode` for when. */
  canResend: boolean;
  /** How many times the code on screen was sent again at the user's request (0 on a new step): say so. */
  resends: number;
}

export type SignInEvent =
  | { type: "request"; sendsPassword?: boolean }
  /**
   * `userIdForSrp`: the last USER_ID_FOR_SRP of steps the flow answered by itself before this response,
   * for a response that comes without one.
   */
  /**
   * `challenge`: the typed view of the response's challenge (`parseChallenge` with the username and the
   * last user id for SRP). The store reads it, so that this reducer stays free of the module that reads
   * answers, which loads on demand.
   */
  | {
      type: "responded";
      response: AuthResponse;
      challenge?: Challenge | undefined;
      at: number;
      userIdForSrp?: string | undefined;
      /** The step's code can be sent again (worked out by the store, which holds what that needs). */
      canResend?: boolean;
      /** This response answers `resendCode`. */
      resent?: boolean;
      /** MFA_SETUP's secret, asked for with the challenge when the authenticator is the only method. */
      totpSetup?: TotpSetupState;
    }
  | { type: "totpAssociated"; secretCode: string; session: string; at: number }
  /**
   * `roundSpent`: the failure came from a step the flow answered by itself (an SRP proof), whose session
   * cannot be answered again; the user starts over from the username, which is kept.
   */
  | { type: "failed"; error: unknown; at: number; roundSpent?: boolean }
  /**
   * Signed in, with a question first: remember this device, or create a passkey (again after a cancelled
   * creation, which leaves it as it was).
   */
  | { type: "offered"; offer: "rememberDevice" | "passkeyOffer" | "contactCheck" }
  | { type: "tick"; at: number }
  /** `keepAccount`: a sign-in that an account step ends with starts; the step stays until it answers. */
  | { type: "restart"; keepAccount?: boolean }
  | { type: "setUsername"; username: string }
  /** The user asked to reset the password (restarted first). */
  | { type: "forgotPassword"; username: string };

export const DEFAULT_SESSION_VALIDITY_MS = 3 * 60_000;

/** The username step's state, with a last sign-in's username, validity and step count when given. */
export function initialSignInState(
  options: { username?: string; sessionValidityMs?: number; step?: number } = {},
): SignInState {
  return {
    status: "identify",
    account: undefined,
    username: options.username ?? "",
    userIdForSrp: undefined,
    challenge: undefined,
    totpSetup: undefined,
    pending: false,
    error: undefined,
    expiresAt: undefined,
    expiredBy: undefined,
    sessionValidityMs: options.sessionValidityMs ?? DEFAULT_SESSION_VALIDITY_MS,
    passwordSent: false,
    step: options.step ?? 0,
    canResend: false,
    resends: 0,
  };
}

/** True when the state's session has passed its expiry at `now`. */
export function isExpired(state: SignInState, now: number): boolean {
  return state.expiresAt !== undefined && now >= state.expiresAt;
}

function expire(state: SignInState, by: "clock" | "server", error: unknown): SignInState {
  return {
    ...state,
    status: "expired",
    expiredBy: by,
    pending: false,
    error,
    challenge: undefined,
    totpSetup: undefined,
    expiresAt: undefined,
  };
}

export function signInReducer(state: SignInState, event: SignInEvent): SignInState {
  switch (event.type) {
    case "setUsername":
      return state.status === "identify" ? { ...state, username: event.username } : state;
    case "request":
      return {
        ...state,
        pending: true,
        error: undefined,
        passwordSent: state.passwordSent || event.sendsPassword === true,
      };
    case "responded": {
      const { response } = event;
      if (response.authenticationResult) {
        return {
          ...state,
          status: "signedIn",
          account: undefined,
          pending: false,
          error: undefined,
          challenge: undefined,
          totpSetup: undefined,
          expiresAt: undefined,
          step: state.step + 1,
        };
      }
      const lastUserIdForSrp = event.userIdForSrp ?? state.userIdForSrp;
      const resent = event.resent && event.challenge?.name === state.challenge?.name;
      return {
        ...state,
        status: "challenge",
        account: undefined,
        pending: false,
        error: undefined,
        challenge: event.challenge,
        userIdForSrp: response.challengeParameters?.USER_ID_FOR_SRP ?? lastUserIdForSrp,
        totpSetup: event.totpSetup,
        expiresAt: response.session === undefined ? state.expiresAt : event.at + state.sessionValidityMs,
        step: resent ? state.step : state.step + 1,
        canResend: !!event.canResend,
        resends: resent ? state.resends + 1 : 0,
      };
    }
    case "totpAssociated":
      return {
        ...state,
        pending: false,
        error: undefined,
        totpSetup: { secretCode: event.secretCode, session: event.session },
        // AssociateSoftwareToken issued a new session, with a validity of its own.
        expiresAt: event.at + state.sessionValidityMs,
      };
    case "failed": {
      if (isSessionEnded(event.error) && state.status === "challenge")
        return expire(state, "server", event.error);
      if (isExpired(state, event.at)) return expire(state, "clock", event.error);
      // An error the account must be put right after opens its step, for the username that was sent.
      const need = accountNeedOf(event.error);
      const account = need && { step: need, username: state.username };
      if (event.roundSpent || need) return { ...initialSignInState(state), account, error: event.error };
      return { ...state, account, pending: false, error: event.error };
    }
    case "offered":
      return {
        ...state,
        status: event.offer,
        account: undefined,
        // The same offer again (a passkey's creation cancelled) leaves the user where they are.
        step: state.status === event.offer ? state.step : state.step + 1,
        pending: false,
        error: undefined,
        challenge: undefined,
        totpSetup: undefined,
        expiresAt: undefined,
      };
    case "tick":
      return state.status === "challenge" && isExpired(state, event.at)
        ? expire(state, "clock", undefined)
        : state;
    case "restart":
      // The username, the validity and the step count go on: the next sign-in's first step is new to the screen.
      return { ...initialSignInState(state), account: event.keepAccount ? state.account : undefined };
    case "forgotPassword":
      return {
        ...initialSignInState({ ...state, username: event.username || state.username }),
        account: { step: "forgot", username: event.username || state.username },
      };
  }
}
