/** Every component in its main states, for tests that must cover them all (languages, server rendering). */
import type { ReactElement } from "react";
import { CustomChallenge } from "../../src/components/CustomChallenge";
import { MfaSetupChallenge } from "../../src/components/MfaSetupChallenge";
import { NewPasswordChallenge } from "../../src/components/NewPasswordChallenge";
import { PasswordChallenge } from "../../src/components/PasswordChallenge";
import { RememberDeviceStep } from "../../src/components/RememberDeviceStep";
import { SelectChallenge } from "../../src/components/SelectChallenge";
import { SelectMfaTypeChallenge } from "../../src/components/SelectMfaTypeChallenge";
import {
  EmailMfaChallenge,
  EmailOtpChallenge,
  SmsMfaChallenge,
  SmsOtpChallenge,
} from "../../src/components/SentCodeChallenge";
import { SignIn } from "../../src/components/SignIn";
import { SoftwareTokenMfaChallenge } from "../../src/components/SoftwareTokenMfaChallenge";
import { TotpSetup } from "../../src/components/TotpSetup";
import { UnsupportedChallenge } from "../../src/components/UnsupportedChallenge";
import { WebAuthnChallenge } from "../../src/components/WebAuthnChallenge";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { CognitoError } from "../../src/core/client/errors";
import type { Messages } from "../../src/i18n/en";

function parsed<N extends string>(name: N, parameters: Record<string, string> = {}, available?: string[]) {
  return parseChallenge({
    challengeName: name as never,
    session: "s",
    challengeParameters: { USER_ID_FOR_SRP: "u", ...parameters },
    ...(available ? { availableChallenges: available as never } : {}),
  });
}

const delivery = { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0100" };
const noop = () => {};
const error = new CognitoError("CodeMismatchException", "x", {
  operation: "RespondToAuthChallenge",
  status: 400,
});

/** [name, render] for every component, in the given language. */
export function componentGallery(messages?: Partial<Messages>): [string, () => ReactElement][] {
  const m = messages;
  return [
    [
      "PasswordChallenge",
      () => (
        <PasswordChallenge
          challenge={parsed("PASSWORD") as ChallengeOf<"PASSWORD">}
          onAnswer={noop}
          messages={m}
          error={error}
        />
      ),
    ],
    [
      "SmsOtpChallenge",
      () => (
        <SmsOtpChallenge
          challenge={parsed("SMS_OTP", delivery) as ChallengeOf<"SMS_OTP">}
          onAnswer={noop}
          onResend={noop}
          messages={m}
        />
      ),
    ],
    [
      "EmailOtpChallenge",
      () => (
        <EmailOtpChallenge
          challenge={parsed("EMAIL_OTP") as ChallengeOf<"EMAIL_OTP">}
          onAnswer={noop}
          messages={m}
          pending
        />
      ),
    ],
    [
      "SmsMfaChallenge",
      () => (
        <SmsMfaChallenge
          challenge={parsed("SMS_MFA", delivery) as ChallengeOf<"SMS_MFA">}
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "EmailMfaChallenge",
      () => (
        <EmailMfaChallenge
          challenge={
            parsed("EMAIL_MFA", {
              ...delivery,
              CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL",
            }) as ChallengeOf<"EMAIL_MFA">
          }
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "SoftwareTokenMfaChallenge",
      () => (
        <SoftwareTokenMfaChallenge
          challenge={
            parsed("SOFTWARE_TOKEN_MFA", {
              FRIENDLY_DEVICE_NAME: "iPhone",
            }) as ChallengeOf<"SOFTWARE_TOKEN_MFA">
          }
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "SelectChallenge",
      () => (
        <SelectChallenge
          challenge={
            parsed("SELECT_CHALLENGE", {}, [
              "PASSWORD",
              "SMS_OTP",
              "EMAIL_OTP",
              "WEB_AUTHN",
            ]) as ChallengeOf<"SELECT_CHALLENGE">
          }
          onSelect={noop}
          messages={m}
        />
      ),
    ],
    [
      "SelectMfaTypeChallenge",
      () => (
        <SelectMfaTypeChallenge
          challenge={
            parsed("SELECT_MFA_TYPE", {
              MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]',
            }) as ChallengeOf<"SELECT_MFA_TYPE">
          }
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "MfaSetupChallenge (choose)",
      () => (
        <MfaSetupChallenge
          challenge={
            parsed("MFA_SETUP", {
              MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP","SMS_MFA"]',
            }) as ChallengeOf<"MFA_SETUP">
          }
          onAnswer={noop}
          onSetupTotp={noop}
          onVerifyTotp={noop}
          messages={m}
        />
      ),
    ],
    [
      "MfaSetupChallenge (QR code)",
      () => (
        <MfaSetupChallenge
          challenge={
            parsed("MFA_SETUP", { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }) as ChallengeOf<"MFA_SETUP">
          }
          totpSetup={{ secretCode: "JBSWY3DPEHPK3PXP" }}
          onAnswer={noop}
          onSetupTotp={noop}
          onVerifyTotp={noop}
          messages={m}
        />
      ),
    ],
    [
      "NewPasswordChallenge",
      () => (
        <NewPasswordChallenge
          challenge={
            parsed("NEW_PASSWORD_REQUIRED", {
              requiredAttributes: '["userAttributes.given_name","userAttributes.family_name"]',
            }) as ChallengeOf<"NEW_PASSWORD_REQUIRED">
          }
          passwordPolicy={{
            minLength: 10,
            requireLowercase: true,
            requireUppercase: true,
            requireNumbers: true,
            requireSymbols: true,
          }}
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "CustomChallenge",
      () => (
        <CustomChallenge
          challenge={parsed("CUSTOM_CHALLENGE", { question: "2 + 3?" }) as ChallengeOf<"CUSTOM_CHALLENGE">}
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "WebAuthnChallenge",
      () => (
        <WebAuthnChallenge
          challenge={
            parsed("WEB_AUTHN", {
              CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"abc"}',
            }) as ChallengeOf<"WEB_AUTHN">
          }
          onAnswer={noop}
          messages={m}
        />
      ),
    ],
    [
      "UnsupportedChallenge",
      () => (
        <UnsupportedChallenge
          challenge={parsed("QUANTUM") as ChallengeOf<"UNSUPPORTED">}
          onRestart={noop}
          messages={m}
        />
      ),
    ],
    [
      "RememberDeviceStep",
      () => (
        <RememberDeviceStep
          flow={{ pending: false, error: undefined, rememberDevice: async () => {} }}
          messages={m}
        />
      ),
    ],
    [
      "TotpSetup",
      () => (
        <TotpSetup
          clientOptions={{ clientId: "c", region: "eu-west-1" }}
          accessToken="token"
          accountName="zoe"
          messages={m}
        />
      ),
    ],
    [
      "SignIn",
      () => (
        <SignIn
          clientOptions={{ clientId: "c", region: "eu-west-1" }}
          onSignedIn={noop}
          messages={m}
          preferredChallenge="PASSWORD"
        />
      ),
    ],
  ];
}
