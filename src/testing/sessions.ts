/**
 * Challenge sessions as Cognito treats them: opaque, bound to one user and to the step that must come
 * next, single-use, and valid for a few minutes. A wrong answer leaves the session usable until the
 * pool's attempt limit; the answer that reaches the limit ends it.
 */
import type { FirstFactor, MfaType } from "../core/index";
import { FakeCognitoError } from "./errors";
import type { SrpRound } from "./srp";
import { randomId } from "./tokens";

/** What a session may be used for next. */
export type SessionStep =
  | "SELECT_CHALLENGE"
  | "PASSWORD"
  | "PASSWORD_SRP"
  | "SMS_OTP"
  | "EMAIL_OTP"
  | "SMS_MFA"
  | "SOFTWARE_TOKEN_MFA"
  | "SELECT_MFA_TYPE"
  | "MFA_SETUP"
  | "NEW_PASSWORD_REQUIRED"
  | "CUSTOM_CHALLENGE"
  | "WEB_AUTHN"
  /** After AssociateSoftwareToken by session: only VerifySoftwareToken may use it. */
  | "VERIFY_SOFTWARE_TOKEN"
  | "PASSWORD_VERIFIER"
  | "DEVICE_SRP_AUTH"
  | "DEVICE_PASSWORD_VERIFIER"
  /** SignUp's Session: ConfirmSignUp may take it, and then gives one for a first sign-in. */
  | "CONFIRM_SIGN_UP"
  /** ConfirmSignUp's Session: InitiateAuth USER_AUTH may take it once, as the first factor. */
  | "SIGN_IN_AFTER_SIGN_UP";

export interface SessionState {
  username: string;
  step: SessionStep;
  /** SELECT_CHALLENGE: the first factors offered. */
  availableChallenges?: FirstFactor[];
  /** SELECT_MFA_TYPE: the methods offered. */
  mfaChoices?: MfaType[];
  /** SMS/email steps: the code that was sent. */
  code?: string;
  /** EMAIL_OTP answering an email MFA_SETUP: enable email MFA once the code is right. */
  enablesEmailMfa?: boolean;
  /** EMAIL_OTP used as MFA (after a password) rather than as a first factor. */
  isMfa?: boolean;
  /** CUSTOM_CHALLENGE: which step of the script, and wrong answers so far (each gets a new session). */
  customStep?: number;
  failedAnswers?: number;
  /** WEB_AUTHN: the challenge the credential must sign. */
  webauthnChallenge?: string;
  /** MFA_SETUP: the secret issued by AssociateSoftwareToken, and whether a code proved it. */
  totpSecret?: string;
  totpVerified?: boolean;
  /** PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER: the server's half of the SRP round. */
  srp?: SrpRound;
  /** The remembered device this sign-in named (DEVICE_KEY), carried until the password is proven. */
  deviceKey?: string;
  /** CUSTOM_AUTH that began with SRP: the script's first step follows the proof. */
  customAfterSrp?: boolean;
  /** A decoy session for an unknown user (PreventUserExistenceErrors): every answer fails. */
  decoy?: boolean;
}

interface StoredSession extends SessionState {
  issuedAt: number;
  attempts: number;
}

export const INVALID_SESSION = "Invalid session for the user.";
export const EXPIRED_SESSION = "Invalid session for the user, session is expired.";

export class SessionStore {
  private readonly sessions = new Map<string, StoredSession>();
  private expireNext: boolean;

  constructor(
    private readonly clock: () => number,
    private readonly validityMs: number,
    private readonly maxAttempts: number,
    expireFirstSession: boolean,
    /** Sessions as long as the real service's can be: over a thousand characters. */
    private readonly longSessions = false,
  ) {
    this.expireNext = expireFirstSession;
  }

  issue(state: SessionState): string {
    // Real sessions are long opaque strings; length matters for apps that store them in URLs.
    const id = this.longSessions ? `${randomId(600)}.${randomId(200)}` : `${randomId(48)}.${randomId(24)}`;
    const issuedAt = this.expireNext ? this.clock() - this.validityMs - 1 : this.clock();
    this.expireNext = false;
    this.sessions.set(id, { ...state, issuedAt, attempts: 0 });
    return id;
  }

  /**
   * Takes a session for one use: it is gone afterwards unless `retry` puts it back. Fails as Cognito
   * does for an unknown, used, expired, foreign or out-of-step session.
   */
  take(
    id: string | undefined,
    username: string | undefined,
    steps: readonly SessionStep[],
  ): StoredSession & { id: string } {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session || id === undefined) throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
    this.sessions.delete(id);
    if (this.clock() - session.issuedAt > this.validityMs) {
      throw new FakeCognitoError("NotAuthorizedException", EXPIRED_SESSION);
    }
    if (username !== undefined && username !== session.username) {
      throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
    }
    if (!steps.includes(session.step)) {
      throw new FakeCognitoError("InvalidParameterException", `This session expects ${session.step}.`);
    }
    return { ...session, id };
  }

  /**
   * After a wrong answer: the same session may be tried again until the attempt limit; the answer that
   * reaches the limit ends the session, and the caller's error says so.
   */
  retry(session: StoredSession & { id: string }): boolean {
    const attempts = session.attempts + 1;
    if (attempts >= this.maxAttempts) return false;
    const { id, ...rest } = session;
    this.sessions.set(id, { ...rest, attempts });
    return true;
  }

  /** Marks every live session as expired, as if the user had walked away. */
  expireAll(): void {
    for (const session of this.sessions.values()) session.issuedAt = this.clock() - this.validityMs - 1;
  }

  /** The live sessions of a user, newest first (for test helpers such as passkey assertions). */
  liveFor(username: string): SessionState[] {
    return [...this.sessions.values()].filter((session) => session.username === username).reverse();
  }
}
