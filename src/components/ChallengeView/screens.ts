import type { ChallengeComponents } from "./challengeComponents";
import {
  loadCodeScreens,
  loadCustomChallenge,
  loadMfaSetupChallenge,
  loadNewPasswordChallenge,
  loadPasswordChallenge,
  loadSelectChallenge,
  loadSelectMfaTypeChallenge,
  loadWebAuthnChallenge,
} from "./lazy";
import { lazyScreen } from "./lazyScreen";

/**
 * The default screen of each challenge, each loaded the first time a sign-in reaches it (through the
 * components' registry, ../lazy.ts): the page's first load carries only the username step. The screens'
 * shared parts (layout, fields, buttons) stay with the first load, which uses them too.
 */
export const defaultScreens: Omit<ChallengeComponents, "UNSUPPORTED"> = {
  SELECT_CHALLENGE: lazyScreen(() => loadSelectChallenge().then((m) => m.SelectChallenge)),
  PASSWORD: lazyScreen(() => loadPasswordChallenge().then((m) => m.PasswordChallenge)),
  SMS_OTP: lazyScreen(() => loadCodeScreens().then((m) => m.SentCodeChallenge)),
  EMAIL_OTP: lazyScreen(() => loadCodeScreens().then((m) => m.SentCodeChallenge)),
  SMS_MFA: lazyScreen(() => loadCodeScreens().then((m) => m.SentCodeChallenge)),
  EMAIL_MFA: lazyScreen(() => loadCodeScreens().then((m) => m.SentCodeChallenge)),
  SOFTWARE_TOKEN_MFA: lazyScreen(() => loadCodeScreens().then((m) => m.SoftwareTokenMfaChallenge)),
  SELECT_MFA_TYPE: lazyScreen(() => loadSelectMfaTypeChallenge().then((m) => m.SelectMfaTypeChallenge)),
  MFA_SETUP: lazyScreen(() => loadMfaSetupChallenge().then((m) => m.MfaSetupChallenge)),
  NEW_PASSWORD_REQUIRED: lazyScreen(() => loadNewPasswordChallenge().then((m) => m.NewPasswordChallenge)),
  CUSTOM_CHALLENGE: lazyScreen(() => loadCustomChallenge().then((m) => m.CustomChallenge)),
  WEB_AUTHN: lazyScreen(() => loadWebAuthnChallenge().then((m) => m.WebAuthnChallenge)),
};
