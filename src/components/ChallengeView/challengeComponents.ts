import type { ComponentType } from "react";
import type { CustomChallengeProps } from "../CustomChallenge";
import type { MfaSetupChallengeProps } from "../MfaSetupChallenge";
import type { NewPasswordChallengeProps } from "../NewPasswordChallenge";
import type { PasswordChallengeProps } from "../PasswordChallenge";
import type { SelectChallengeProps } from "../SelectChallenge";
import type { SelectMfaTypeChallengeProps } from "../SelectMfaTypeChallenge";
import type {
  EmailMfaChallengeProps,
  EmailOtpChallengeProps,
  SmsMfaChallengeProps,
  SmsOtpChallengeProps,
} from "../SentCodeChallenge";
import type { SoftwareTokenMfaChallengeProps } from "../SoftwareTokenMfaChallenge";
import type { UnsupportedChallengeProps } from "../UnsupportedChallenge";
import type { WebAuthnChallengeProps } from "../WebAuthnChallenge";

// Its own module, so that the map of lazy screens (screens.ts) can be typed by it without importing the
// view that loads that map.
/**
 * The component for each challenge; any of them can be replaced through `components`. The defaults load
 * on demand: a replacement given here is used as it is, and may itself be lazy.
 */
export interface ChallengeComponents {
  SELECT_CHALLENGE: ComponentType<SelectChallengeProps>;
  PASSWORD: ComponentType<PasswordChallengeProps>;
  SMS_OTP: ComponentType<SmsOtpChallengeProps>;
  EMAIL_OTP: ComponentType<EmailOtpChallengeProps>;
  SMS_MFA: ComponentType<SmsMfaChallengeProps>;
  EMAIL_MFA: ComponentType<EmailMfaChallengeProps>;
  SOFTWARE_TOKEN_MFA: ComponentType<SoftwareTokenMfaChallengeProps>;
  SELECT_MFA_TYPE: ComponentType<SelectMfaTypeChallengeProps>;
  MFA_SETUP: ComponentType<MfaSetupChallengeProps>;
  NEW_PASSWORD_REQUIRED: ComponentType<NewPasswordChallengeProps>;
  CUSTOM_CHALLENGE: ComponentType<CustomChallengeProps>;
  WEB_AUTHN: ComponentType<WebAuthnChallengeProps>;
  UNSUPPORTED: ComponentType<UnsupportedChallengeProps>;
}
