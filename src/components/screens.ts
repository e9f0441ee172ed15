// Every screen on its own, and the parts they are made of, for apps that compose their own flow or
// replace one step through <SignIn components>: the package's `/screens` entry. <SignIn> itself loads
// each screen on demand and needs none of this.
// The otpauth:// URI and the readable key, beside the screens that show them (see core/totp/totp.ts).
export { formatSecretForReading, type TotpUriOptions, totpUri } from "../core/totp/totp";
// Here, not in the main entry: what only lazy chunks and /screens apps use stays out of every first load.
export { useHydrated } from "../hooks/useHydrated";
export { ChallengeLayout, type ChallengeLayoutProps } from "./ChallengeLayout";
export { ChallengeView } from "./ChallengeView";
export {
  ConfirmAccount,
  type ConfirmAccountProps,
  ConfirmSteps,
  type ConfirmStepsProps,
} from "./ConfirmAccount";
export { CustomChallenge, type CustomChallengeProps } from "./CustomChallenge";
export {
  MfaSetupChallenge,
  type MfaSetupChallengeProps,
  QrCode,
  type QrCodeProps,
} from "./MfaSetupChallenge";
export { NewPasswordChallenge, type NewPasswordChallengeProps } from "./NewPasswordChallenge";
export { PasswordChallenge, type PasswordChallengeProps } from "./PasswordChallenge";
export { Button, type ButtonProps } from "./primitives/Button";
export { CopyButton, type CopyButtonProps } from "./primitives/CopyButton";
export { ErrorMessage, type ErrorMessageProps } from "./primitives/ErrorMessage";
export { Field, type FieldControlProps, type FieldProps } from "./primitives/Field";
export { OtpInput, type OtpInputProps } from "./primitives/OtpInput";
export { PasswordInput, type PasswordInputProps } from "./primitives/PasswordInput";
export { RememberDeviceStep, type RememberDeviceStepProps } from "./RememberDeviceStep";
export { ResetPassword, type ResetPasswordProps, ResetSteps, type ResetStepsProps } from "./ResetPassword";
export { orderChoices, SelectChallenge, type SelectChallengeProps } from "./SelectChallenge";
export { SelectMfaTypeChallenge, type SelectMfaTypeChallengeProps } from "./SelectMfaTypeChallenge";
export {
  EmailMfaChallenge,
  type EmailMfaChallengeProps,
  EmailOtpChallenge,
  type EmailOtpChallengeProps,
  SentCodeChallenge,
  type SentCodeChallengeName,
  type SentCodeChallengeProps,
  SmsMfaChallenge,
  type SmsMfaChallengeProps,
  SmsOtpChallenge,
  type SmsOtpChallengeProps,
} from "./SentCodeChallenge";
export { SoftwareTokenMfaChallenge, type SoftwareTokenMfaChallengeProps } from "./SoftwareTokenMfaChallenge";
export { TotpEnrollment, type TotpEnrollmentProps } from "./TotpEnrollment";
export { TotpSetup, type TotpSetupProps } from "./TotpSetup";
export { UiRoot, type UiRootProps } from "./UiRoot";
export { UnsupportedChallenge, type UnsupportedChallengeProps } from "./UnsupportedChallenge";
export { useMessages } from "./useMessages";
export { WebAuthnChallenge, type WebAuthnChallengeProps } from "./WebAuthnChallenge";
