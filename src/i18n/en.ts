import { accountEn } from "./en/account";
import { accountSettingsEn } from "./en/accountSettings";
import { changePasswordEn } from "./en/changePassword";
import { codeEn } from "./en/code";
import { confirmEn } from "./en/confirm";
import { contactCheckEn } from "./en/contactCheck";
import { contactsEn } from "./en/contacts";
import { customEn } from "./en/custom";
import { deleteAccountEn } from "./en/deleteAccount";
import { devicesEn } from "./en/devices";
import { errorsEn } from "./en/errors";
import { exceptionsEn } from "./en/exceptions.lazy";
import { freshSignInEn } from "./en/freshSignIn";
import { laterEn } from "./en/later";
import { mfaSetupEn } from "./en/mfaSetup";
import { newPasswordEn } from "./en/newPassword";
import { passkeyOfferEn } from "./en/passkeyOffer";
import { passkeysEn } from "./en/passkeys";
import { passwordEn } from "./en/password";
import { profileEn } from "./en/profile";
import { rememberDeviceEn } from "./en/rememberDevice";
import { resetEn } from "./en/reset";
import { selectEn } from "./en/select";
import { selectMfaEn } from "./en/selectMfa";
import { sessionEn } from "./en/session";
import { signInEn } from "./en/signIn";
import { signUpEn } from "./en/signUp";
import { signUpLaterEn } from "./en/signUpLater";
import { totpSetupEn } from "./en/totpSetup";
import { twoFactorEn } from "./en/twoFactor";
import { unsupportedEn } from "./en/unsupported";
import { webauthnEn } from "./en/webauthn";

/**
 * Every user-facing string, in English. Keys are stable; values may hold `{placeholders}`. Error
 * messages are keyed by Cognito exception name (and by our transport error names), never found by
 * matching the server's English text.
 */
export const en = {
  ...signInEn,
  ...laterEn,
  ...unsupportedEn,
  ...errorsEn,
  ...exceptionsEn,
  ...rememberDeviceEn,
  ...passwordEn,
  ...codeEn,
  ...selectEn,
  ...selectMfaEn,
  ...mfaSetupEn,
  ...totpSetupEn,
  ...newPasswordEn,
  ...customEn,
  ...webauthnEn,
  ...sessionEn,
  ...accountEn,
  ...resetEn,
  ...confirmEn,
  ...signUpEn,
  ...signUpLaterEn,
  ...passkeysEn,
  ...passkeyOfferEn,
  ...changePasswordEn,
  ...devicesEn,
  ...deleteAccountEn,
  ...contactsEn,
  ...contactCheckEn,
  ...twoFactorEn,
  ...freshSignInEn,
  ...accountSettingsEn,
  ...profileEn,
} as const;

export type MessageKey = keyof typeof en;
/** A complete dictionary: every key, in one language. */
export type Messages = Record<MessageKey, string>;
