import type { ChallengeAnswers } from "../answers";
import type { KnownChallenge } from "../challenges";
import type { FirstFactor, MfaType, SignInAuthFlow } from "../names";
import type { ContactAttribute } from "../settings/contacts";
import type { Timers } from "../store/timers";
import type { AuthenticationResult, StringMap } from "../types";
import type { CredentialCreatorLike } from "../webauthn/creation";
import type { CredentialSignals } from "../webauthn/signals";
import type { CredentialsLike } from "../webauthn/webauthn.lazy";
import type { DeviceStore } from "./devices";

/** What a sign-in can be told, in `createSignIn`, `useSignIn` and `<SignIn>` alike. */
export interface SignInOptions {
  /**
   * USER_AUTH (choice-based, the default), USER_SRP_AUTH (password proven by SRP), USER_PASSWORD_AUTH,
   * or CUSTOM_AUTH.
   */
  authFlow?: SignInAuthFlow;
  /**
   * USER_AUTH: prove the password with SRP (PASSWORD_SRP), so it never leaves the browser. Needs the
   * client's `userPoolId`. `true`: where the pool offers only PASSWORD, the password is not sent, and the
   * step shows an InvalidAnswerError (reason `srpUnavailable`); `"preferred"`: it is sent as PASSWORD
   * there. USER_PASSWORD_AUTH, the app's own choice, sends the password whatever this says.
   */
  srp?: boolean | "preferred";
  /**
   * Where remembered devices are kept. With a store, a sign-in on a new device (NewDeviceMetadata) offers
   * to remember it, and a remembered device proves itself instead of MFA next time. Default: none.
   */
  deviceStore?: DeviceStore;
  /** The name ConfirmDevice gives a remembered device, e.g. "Firefox on Linux". */
  deviceName?: string;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap;
  /** Receives the tokens once; the sign-in's state keeps none of them. */
  onSignedIn?: (tokens: AuthenticationResult) => void;
  /**
   * A session (`createSession`) to hand the tokens to, before `onSignedIn`: it then keeps them fresh
   * and signs out. `useSignIn` and `<SignIn>` take the one a <CognitoProvider session> gives.
   */
  session?: { signIn(tokens: AuthenticationResult, deviceKey?: string): void };
  /** Milliseconds since the epoch; inject to test session expiry. Default `Date.now`. */
  clock?: () => number;
  /** The timers the session-expiry timer runs on; inject with `clock`. Default the global ones. */
  timers?: Timers;
  /**
   * After a password reset inside the sign-in: sign in with the new password at once and go on into
   * whatever Cognito asks next (default), or end on the reset's last step ("Back to sign in").
   */
  afterReset?: "signIn" | "backToSignIn";
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
  /**
   * Once signed in, offer a user who has no passkey (GetUserAuthFactors) to create one, where the browser
   * can: status `passkeyOffer`, then `createPasskey` or `continueSignIn` ("Not now"), and only then the
   * tokens go to the session and `onSignedIn`. Pass `passkeyOffer()` from /passkeys: an app that does not
   * bundles nothing of it. The pool must allow WEB_AUTHN sign-in, with a relying party this page may use.
   */
  offerPasskey?: PasskeyOfferOptions;
  /**
   * Once signed in, before the passkey offer: a user with no verified email or phone (by the ID token's
   * `email_verified` and `phone_number_verified`) is asked to verify one, so that a forgotten password
   * can be reset: status `contactCheck`, then `continueSignIn` (verified, or "Not now"). Pass
   * `contactCheck()` from /settings: an app that does not bundles nothing of it.
   */
  checkContact?: ContactCheckOptions;
  /**
   * Where a passkey that Cognito refused as unknown (removed from the account, say) is told to the
   * browser, so that it stops offering it: defaults to the browser's WebAuthn Signal API
   * (`PublicKeyCredential.signalUnknownCredential`), where it has one.
   */
  signals?: CredentialSignals;
}

/** The passkey offer, as `passkeyOffer()` (from /passkeys) makes it. */
export interface PasskeyOfferOptions {
  /** Defaults to the browser's `navigator.credentials`. */
  credentials?: CredentialCreatorLike;
  /** Loads whether to offer, and the registration (passkeys' registry). */
  load(): Promise<typeof import("../passkeys/offer.lazy")>;
}

/** The contact check, as `contactCheck()` (from /settings) makes it. */
export interface ContactCheckOptions {
  /** The contacts that count, in the order offered. Default: email, then phone number. */
  attributes?: readonly ContactAttribute[];
  /** Loads whether to ask (the contact check's own module). */
  load(): Promise<typeof import("../settings/contactCheck.lazy")>;
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
  /**
   * USER_AUTH: a new account's first sign-in, with the Session ConfirmSignUp gave (Cognito takes it once,
   * within its lifetime), instead of a factor.
   */
  session?: string;
  /**
   * More of InitiateAuth's AuthParameters, by Cognito's names: Cognito's step-up, from
   * `stepUpParameters()` (`/settings`). The sign-in's own (USERNAME, PASSWORD…) win over these.
   */
  authParameters?: StringMap;
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
   * PASSWORD_SRP is answered with `{ password }`: the sign-in runs SRP and answers PASSWORD_VERIFIER itself.
   */
  answer(answer: ChallengeAnswers[KnownChallenge["name"]]): Promise<void>;
  /** After sign-in on a new device: remember it (ConfirmDevice) or not, then hand over the tokens. */
  rememberDevice(remember: boolean): Promise<void>;
  /**
   * The passkey offer (`offerPasskey`): create a passkey (StartWebAuthnRegistration, the browser's sheet,
   * CompleteWebAuthnRegistration), then hand over the tokens. A cancel leaves the offer as it was; a
   * refusal is the state's error, and the offer stays.
   */
  createPasskey(): Promise<void>;
  /**
   * Goes on from a question asked once signed in: the passkey offer's "Not now" (no passkey), or the
   * contact check's end (a contact verified, or "Not now"), which moves on to the passkey offer where
   * there is one. Then the tokens are handed over.
   */
  continueSignIn(): Promise<void>;
  /**
   * While a question asked once signed in shows (status `rememberDevice`, `contactCheck`, `passkeyOffer`):
   * the new access token, for the step that acts for the user (verifying a contact). Undefined at any other time. It
   * is a read, never state: nothing renders or stores it.
   */
  heldAccessToken(): string | undefined;
  /** MFA_SETUP: asks Cognito for an authenticator secret (AssociateSoftwareToken by session). */
  setupTotp(): Promise<void>;
  /** MFA_SETUP: verifies the first code from the authenticator, then completes MFA_SETUP. */
  verifyTotp(code: string, friendlyDeviceName?: string): Promise<void>;
  /**
   * A code step (SMS_OTP, EMAIL_OTP, SMS_MFA, EMAIL_MFA) sends its code again, where Cognito can: a
   * first-factor code by a new InitiateAuth that prefers it; an MFA code after a password by a new
   * InitiateAuth with the same password, which the store holds in memory (never in state) until the
   * sign-in ends. Does nothing while `canResend` is false.
   */
  resendCode(): Promise<void>;
  /**
   * Signs in again as the last try did: the same username, with the password it sent. After
   * UserNotConfirmedException the store holds that password (in memory, never in state) until this is
   * called or the sign-in restarts, so that a user who confirms the account is signed in without typing it
   * again. Without a held password, back to the username step (the username kept).
   */
  signInAgain(): Promise<void>;
  /** Back to the username step, keeping the username; cancels a request in flight. */
  restart(): void;
  /**
   * "Forgot password?": the password reset, for this username (typed so far) or the sign-in's. Cancels a
   * request in flight. The state's `account` says which account step is on screen.
   */
  forgotPassword(username?: string): void;
  /**
   * The account step is done: sign in with the new password (a reset), or with the one the sign-in holds
   * (a confirmation after UserNotConfirmedException). The step stays on screen until that sign-in answers.
   * Without a password to sign in with, back to the username step. `accountStepOptions` wires it up.
   */
  finishAccountStep(newPassword?: string): Promise<void>;
  /** Leaves the account step for the username step (the username kept). */
  leaveAccountStep(): void;
}
