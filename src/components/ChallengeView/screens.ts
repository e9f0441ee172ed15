import type { ChallengeComponents } from "./challengeComponents";
import { lazyScreen } from "./lazyScreen";

/**
 * The default screen of each challenge, each loaded the first time a sign-in reaches it: the page's
 * first load carries only the username step. Bundlers split every `import()` here into a chunk of its
 * own; the screens' shared parts (layout, fields, buttons) stay with the first load, which uses them too.
 */
// The five code steps share one chunk: each is a thin wrapper over CodeChallenge, and five chunks of a
// few hundred bytes cost more (each compressed alone, each importing the same parts) than one.
const loadCodeScreens = () => import("./codeScreens");

export const defaultScreens: Omit<ChallengeComponents, "UNSUPPORTED"> = {
  SELECT_CHALLENGE: lazyScreen(() =>
    import("../SelectChallenge/SelectChallenge").then((m) => m.SelectChallenge),
  ),
  PASSWORD: lazyScreen(() =>
    import("../PasswordChallenge/PasswordChallenge").then((m) => m.PasswordChallenge),
  ),
  SMS_OTP: lazyScreen(() => loadCodeScreens().then((m) => m.SmsOtpChallenge)),
  EMAIL_OTP: lazyScreen(() => loadCodeScreens().then((m) => m.EmailOtpChallenge)),
  SMS_MFA: lazyScreen(() => loadCodeScreens().then((m) => m.SmsMfaChallenge)),
  EMAIL_MFA: lazyScreen(() => loadCodeScreens().then((m) => m.EmailMfaChallenge)),
  SOFTWARE_TOKEN_MFA: lazyScreen(() => loadCodeScreens().then((m) => m.SoftwareTokenMfaChallenge)),
  SELECT_MFA_TYPE: lazyScreen(() =>
    import("../SelectMfaTypeChallenge/SelectMfaTypeChallenge").then((m) => m.SelectMfaTypeChallenge),
  ),
  MFA_SETUP: lazyScreen(() =>
    import("../MfaSetupChallenge/MfaSetupChallenge").then((m) => m.MfaSetupChallenge),
  ),
  NEW_PASSWORD_REQUIRED: lazyScreen(() =>
    import("../NewPasswordChallenge/NewPasswordChallenge").then((m) => m.NewPasswordChallenge),
  ),
  CUSTOM_CHALLENGE: lazyScreen(() =>
    import("../CustomChallenge/CustomChallenge").then((m) => m.CustomChallenge),
  ),
  WEB_AUTHN: lazyScreen(() =>
    import("../WebAuthnChallenge/WebAuthnChallenge").then((m) => m.WebAuthnChallenge),
  ),
};
