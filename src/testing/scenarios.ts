/**
 * Named scenarios: one user pool each, used alike by stories, tests and `npm start`. Every call of
 * `options()` gives a fresh pool, so scenarios never share state.
 */
import type { AuthFlow, FirstFactor } from "../core/index";
import type { FakeCognitoOptions } from "./types";

export interface FakeScenario {
  title: string;
  /** What a person will see, and how to get through it by hand. */
  description: string;
  /** Sign in as this user… */
  username: string;
  /** …with this password, where one is asked for. */
  password?: string;
  /** The flow the app should start with. */
  authFlow: Extract<AuthFlow, "USER_AUTH" | "USER_PASSWORD_AUTH" | "CUSTOM_AUTH">;
  /** For USER_AUTH: the first factor to ask for directly, skipping SELECT_CHALLENGE. */
  preferredChallenge?: FirstFactor;
  /** The app proves the password by SRP (`srp` on <SignIn>); the client needs the pool id. */
  srp?: boolean;
  /** The app gives <SignIn> a device store, so new devices can be remembered. */
  remembersDevices?: boolean;
  options: () => FakeCognitoOptions;
}

/** A fixed secret, so a person can add it to a real authenticator app once and reuse it. */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const PASSWORD = "Correct-Horse-1";

function scenario(definition: FakeScenario): FakeScenario {
  return definition;
}

export const scenarios = {
  passwordOnly: scenario({
    title: "Password only",
    description: "Username and password; no MFA.",
    username: "alice",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [{ username: "alice", password: PASSWORD, firstFactors: ["PASSWORD"] }],
    }),
  }),
  choice: scenario({
    title: "Choice of password, SMS code or email code",
    description:
      "USER_AUTH offers PASSWORD, SMS_OTP and EMAIL_OTP (SELECT_CHALLENGE). Codes appear in the outbox.",
    username: "zoe@example.com",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [
        {
          username: "zoe",
          email: "zoe@example.com",
          phone: "+15555550100",
          password: PASSWORD,
          firstFactors: ["PASSWORD", "SMS_OTP", "EMAIL_OTP"],
        },
      ],
    }),
  }),
  totpSetup: scenario({
    title: "Authenticator setup at first sign-in",
    description:
      "The pool requires MFA and the user has none: MFA_SETUP with a QR code; the current code is in the outbox.",
    username: "sam",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "ON", mfaSetupTypes: ["SOFTWARE_TOKEN_MFA"] },
      users: [{ username: "sam", password: PASSWORD }],
    }),
  }),
  mfaSetupChoice: scenario({
    title: "MFA setup: authenticator app or email",
    description: "MFA_SETUP offers SOFTWARE_TOKEN_MFA and EMAIL_OTP.",
    username: "sky",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "ON", mfaSetupTypes: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"] },
      users: [{ username: "sky", password: PASSWORD }],
    }),
  }),
  rememberDevice: scenario({
    title: "Password by SRP, authenticator MFA, remember this device",
    description: `The password is proven by SRP and never sent. After the authenticator code (secret ${DEMO_TOTP_SECRET}), choose "Remember this device": sign in again and no code is asked.`,
    username: "rita",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    preferredChallenge: "PASSWORD",
    srp: true,
    remembersDevices: true,
    options: () => ({
      pool: { mfa: "ON", deviceTracking: "ALWAYS" },
      users: [{ username: "rita", password: PASSWORD, mfa: { totpSecret: DEMO_TOTP_SECRET } }],
    }),
  }),
  totpMfa: scenario({
    title: "Authenticator-app MFA",
    description: `Password, then SOFTWARE_TOKEN_MFA. The secret is ${DEMO_TOTP_SECRET}; the current code is in the outbox.`,
    username: "tara",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OPTIONAL" },
      users: [
        {
          username: "tara",
          password: PASSWORD,
          mfa: { totpSecret: DEMO_TOTP_SECRET, totpDeviceName: "Tara's phone" },
        },
      ],
    }),
  }),
  smsMfa: scenario({
    title: "SMS MFA",
    description: "Password, then a code by SMS (SMS_MFA).",
    username: "sid",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      users: [{ username: "sid", phone: "+447700900123", password: PASSWORD, mfa: { sms: true } }],
    }),
  }),
  emailMfa: scenario({
    title: "Email MFA",
    description: "Password, then a code by email (EMAIL_OTP as MFA).",
    username: "emma",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      users: [{ username: "emma", email: "emma@example.org", password: PASSWORD, mfa: { email: true } }],
    }),
  }),
  selectMfaType: scenario({
    title: "Choose the MFA method",
    description: "Password, then SELECT_MFA_TYPE between SMS and the authenticator app.",
    username: "max",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      users: [
        {
          username: "max",
          phone: "+15555550199",
          password: PASSWORD,
          mfa: { sms: true, totpSecret: DEMO_TOTP_SECRET },
        },
      ],
    }),
  }),
  smsOrEmailMfa: scenario({
    title: "Text or email code, after a password proven by SRP",
    description:
      "Signs in with the email alias; the password is proven by SRP, then SELECT_MFA_TYPE offers a text or an email code. Codes appear in the outbox.",
    username: "mia@example.com",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    preferredChallenge: "PASSWORD",
    srp: true,
    options: () => ({
      pool: { mfa: "OPTIONAL" },
      users: [
        {
          username: "mia",
          email: "mia@example.com",
          phone: "+15555550123",
          password: PASSWORD,
          mfa: { sms: true, email: true },
        },
      ],
    }),
  }),
  newPassword: scenario({
    title: "New password with required attributes",
    description:
      "A temporary password (Temp-Pass-1): NEW_PASSWORD_REQUIRED asks for a new one and for given and family names.",
    username: "nina",
    password: "Temp-Pass-1",
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OFF", requiredAttributes: ["given_name", "family_name"] },
      users: [
        {
          username: "nina",
          email: "nina@example.com",
          password: "Temp-Pass-1",
          status: "FORCE_CHANGE_PASSWORD",
        },
      ],
    }),
  }),
  customChallenge: scenario({
    title: "Custom challenge",
    description: "CUSTOM_AUTH: a question from the pool's Lambda. The answer is 5.",
    username: "cody",
    authFlow: "CUSTOM_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [
        { username: "cody", customChallenge: [{ parameters: { question: "What is 2 + 3?" }, answer: "5" }] },
      ],
    }),
  }),
  passkey: scenario({
    title: "Passkey",
    description: "USER_AUTH with WEB_AUTHN preferred: CREDENTIAL_REQUEST_OPTIONS for the user's passkey.",
    username: "pia",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    preferredChallenge: "WEB_AUTHN",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [
        {
          username: "pia",
          password: PASSWORD,
          passkeys: [{ credentialId: "cGlhLXBhc3NrZXktMQ" }],
          firstFactors: ["WEB_AUTHN", "PASSWORD"],
        },
      ],
    }),
  }),
  passkeyOffer: scenario({
    title: "Passkey offered after sign-in",
    description:
      "A password user with no passkey, in a pool that allows passkeys: <SignIn offerPasskey={passkeyOffer()}> offers one once signed in.",
    username: "nova",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    preferredChallenge: "PASSWORD",
    options: () => ({
      pool: { mfa: "OFF", firstFactors: ["PASSWORD", "WEB_AUTHN"] },
      users: [{ username: "nova", password: PASSWORD }],
    }),
  }),
  contactCheck: scenario({
    title: "Contact checked after sign-in",
    description:
      "A password user whose email was never verified: <SignIn checkContact={contactCheck()}> asks to verify it once signed in, so that a forgotten password can be reset.",
    username: "uma",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    preferredChallenge: "PASSWORD",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [{ username: "uma", password: PASSWORD, email: "uma@example.com", contactVerified: false }],
    }),
  }),
  expiredSession: scenario({
    title: "Expired session",
    description: "The first challenge's session has expired when answered; starting again works.",
    username: "alice",
    password: PASSWORD,
    authFlow: "USER_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      expireFirstSession: true,
      users: [
        {
          username: "alice",
          password: PASSWORD,
          firstFactors: ["PASSWORD", "EMAIL_OTP"],
          email: "alice@example.com",
        },
      ],
    }),
  }),
  tooManyAttempts: scenario({
    title: "Too many wrong codes",
    description: "SMS_OTP only; three wrong codes end the session, and the sign-in must start again.",
    username: "tom",
    authFlow: "USER_AUTH",
    options: () => ({
      pool: { mfa: "OFF", maxAttempts: 3 },
      users: [{ username: "tom", phone: "+15555550142", firstFactors: ["SMS_OTP"] }],
    }),
  }),
  forgotPassword: scenario({
    title: "Forgot password",
    description:
      '"Forgot password?" on the password step: a code by email (in the outbox), a new password, then signed in with it and on into email MFA.',
    username: "rhea",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OPTIONAL" },
      users: [{ username: "rhea", email: "rhea@example.com", password: PASSWORD, mfa: { email: true } }],
    }),
  }),
  resetRequired: scenario({
    title: "Reset required (by an administrator)",
    description:
      'An administrator reset ray\'s password: Cognito requires a new one, and the code is already in the outbox. "I already have a code" sends no second one.',
    username: "ray",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [
        {
          username: "ray",
          email: "ray@example.com",
          password: PASSWORD,
          status: "RESET_REQUIRED",
          resetBy: "admin",
        },
      ],
    }),
  }),
  importedUser: scenario({
    title: "Reset required (an imported user)",
    description:
      'ivy was imported: Cognito requires a new password and no code was ever sent. "Send me a code" sends one.',
    username: "ivy",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [
        {
          username: "ivy",
          email: "ivy@example.com",
          password: PASSWORD,
          status: "RESET_REQUIRED",
          resetBy: "import",
        },
      ],
    }),
  }),
  unconfirmed: scenario({
    title: "Unconfirmed account",
    description:
      "cleo signed up but never entered the code: confirm with the code (in the outbox, or a new one), and the sign-in goes on with the password already typed.",
    username: "cleo",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [{ username: "cleo", email: "cleo@example.com", password: PASSWORD, status: "UNCONFIRMED" }],
    }),
  }),
  noVerifiedContact: scenario({
    title: "Forgot password, no verified contact",
    description:
      "nox has no verified email or phone: a reset cannot send a code, and the screen says to contact support.",
    username: "nox",
    password: PASSWORD,
    authFlow: "USER_PASSWORD_AUTH",
    options: () => ({
      pool: { mfa: "OFF" },
      users: [{ username: "nox", email: "nox@example.com", password: PASSWORD, contactVerified: false }],
    }),
  }),
} as const satisfies Record<string, FakeScenario>;

export type ScenarioId = keyof typeof scenarios;
