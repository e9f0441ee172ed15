// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { SetUserMfaPreferenceError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { SET_USER_MFA_PREFERENCE } from "../client/settingsExceptions";
import type { MfaMethodSetting, SetUserMfaPreferenceInput } from "../types";
import type { Command } from "./command";

/** One method's setting as Cognito names its members; left out when the app left it out. */
const mfaSettings = (setting: MfaMethodSetting | undefined) =>
  setting && { Enabled: setting.enabled, PreferredMfa: setting.preferred };

/** SetUserMFAPreference: MFA methods on or off, the preferred one, and passkeys as MFA. */
export const setUserMfaPreferenceCommand: Command<
  SetUserMfaPreferenceInput,
  void,
  SetUserMfaPreferenceError
> = {
  name: "SetUserMFAPreference",
  exceptions: SET_USER_MFA_PREFERENCE,
  request: (input) => ({
    AccessToken: input.accessToken,
    SMSMfaSettings: mfaSettings(input.sms),
    SoftwareTokenMfaSettings: mfaSettings(input.softwareToken),
    EmailMfaSettings: mfaSettings(input.email),
    WebAuthnMfaSettings: input.webAuthn && { Enabled: input.webAuthn.enabled },
  }),
  read: parseEmptyAnswer,
};
