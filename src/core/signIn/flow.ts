/**
 * What the sign-in's two halves share: the first load's (signIn.ts: the runtime's context, the reducer's
 * dispatch, a start) and what loads as the first call goes out (steps.lazy.ts: every step after it).
 * The secrets held across calls live here, never in the state. Types only: steps.lazy.ts loads on demand and
 * is handed a flow, so that it imports nothing of the first load.
 */

import type { answerChallenge } from "../answers";
import type { parseChallenge } from "../challenges";
import type { InvalidAnswerError } from "../client/errors";
import type { associateSoftwareTokenCommand } from "../commands/associateSoftwareToken";
import type { confirmDeviceCommand } from "../commands/confirmDevice";
import type { updateDeviceStatusCommand } from "../commands/updateDeviceStatus";
import type { verifySoftwareTokenCommand } from "../commands/verifySoftwareToken";
import type { JourneyContext } from "../journey/journey";
import type { AuthenticationResult, AuthResponse, RespondToAuthChallengeInput } from "../types";
import type { SignInEvent, SignInState } from "./reducer";
import type { SrpHeld } from "./srpSteps.lazy";
import type { SignInActions, SignInOptions, StartOptions } from "./types";

/** The secrets the flow needs across calls it makes by itself, dropped as soon as they are used. */
export interface FlowSecrets extends SrpHeld {
  /**
   * Tokens waiting while the user decides whether to remember the device, or to create a passkey, or
   * verifies a contact.
   */
  tokens?: AuthenticationResult;
}

/** The steps after the first call (steps.lazy.ts), made once per sign-in from its flow. */
export interface LaterSteps
  extends Pick<
    SignInActions,
    | "select"
    | "answer"
    | "rememberDevice"
    | "createPasskey"
    | "continueSignIn"
    | "setupTotp"
    | "verifyTotp"
    | "resendCode"
  > {
  /**
   * Answers what the flow can answer by itself, then shows what comes next; false when such a step failed
   * and the round is spent (the failure is in the state already).
   */
  settle(response: AuthResponse, signal: AbortSignal, resent?: boolean): Promise<boolean>;
}

export interface SignInFlow {
  context: JourneyContext<SignInState, SignInOptions>;
  /** The reducer's next state, then what follows from it (the held password, the expiry, the offer). */
  dispatch(event: SignInEvent): void;
  secrets: FlowSecrets;
  /**
   * The password this sign-in sent, for sending an MFA code again (a new InitiateAuth is the only way)
   * and for signing in again once the account is confirmed: held only while a challenge of this sign-in
   * is on screen, a request is in flight, or the account waits for its confirmation.
   */
  heldPassword: string | undefined;
  /**
   * Sends one step. Refuses while another is in flight, and refuses to answer a session that the clock
   * says has expired (that request could only fail).
   */
  run(
    send: (signal: AbortSignal) => Promise<void>,
    needsSession: boolean,
    sendsPassword?: boolean,
  ): Promise<void>;
  /** Refuses an answer that cannot be right, without sending it; the step stays. */
  refuse(error: unknown): Promise<void>;
  /**
   * Refuses an answer with an InvalidAnswerError. The error classes and the TOTP code's check below are
   * handed in, like everything the first load has: imported here too, each would be split into a chunk
   * of its own that loads with the page.
   */
  refuseAnswer(reason: InvalidAnswerError["reason"]): Promise<void>;
  /** VerifySoftwareToken's ERROR status, as the CodeMismatchException it means. */
  codeRefused(): Error;
  /** An authenticator code as Cognito takes it (six digits), or undefined. */
  totpCode(code: string): string | undefined;
  /** RespondToAuthChallenge with the app's ClientMetadata. */
  respond(input: RespondToAuthChallengeInput, signal: AbortSignal): Promise<AuthResponse>;
  /** InitiateAuth for a start (or a code sent again), then whatever follows. */
  initiate(username: string, startOptions: StartOptions, resent: boolean): Promise<void>;
  /** Starts an SRP proof of the password: keeps it and `a` for PASSWORD_VERIFIER, returns SRP_A. */
  beginSrp(password: string): Promise<string>;
  /** The pool's id, which SRP proofs name; throws a TypeError without it (a configuration mistake). */
  userPoolId(): string;
  /** SRP and its steps (the registry's loader, handed in). */
  loadSrp(): Promise<typeof import("./srpSteps.lazy")>;
  /** What the later steps use of the answer readers' chunk (the registry's loader, handed in). */
  loadProtocol(): Promise<{ parseChallenge: typeof parseChallenge; answerChallenge: typeof answerChallenge }>;
  /** This sign-in's later steps, loaded (as its first call goes out) and made once. */
  steps(): Promise<LaterSteps>;
  /** The commands the later steps send, handed in from the first load, which has them for the client. */
  commands: {
    associateSoftwareToken: typeof associateSoftwareTokenCommand;
    verifySoftwareToken: typeof verifySoftwareTokenCommand;
    confirmDevice: typeof confirmDeviceCommand;
    updateDeviceStatus: typeof updateDeviceStatusCommand;
  };
}
