"use client";
import { type ReactNode, useState } from "react";
import type { TotpSetupState } from "../../core/flow";
import type { MfaType } from "../../core/names";
import { formatSecretForReading, totpUri } from "../../core/totp";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { CopyButton } from "../primitives/CopyButton";
import { Field } from "../primitives/Field";
import { OtpInput } from "../primitives/OtpInput";
import type { ChallengeProps } from "../types";
import { useMessages } from "../UiContext";
import { QrCode } from "./QrCode";

export type MfaSetupChallengeProps = ChallengeProps<"MFA_SETUP"> & {
  /** Set once AssociateSoftwareToken answered: the secret to show. */
  totpSetup?: Pick<TotpSetupState, "secretCode">;
  /** Starts authenticator setup (AssociateSoftwareToken by session). */
  onSetupTotp: () => void | Promise<void>;
  /** Verifies the first code (VerifySoftwareToken), then completes MFA_SETUP. */
  onVerifyTotp: (code: string, friendlyDeviceName?: string) => void | Promise<void>;
  /** Shown by the authenticator app as the account's provider, e.g. your app's name. */
  totpIssuer?: string;
  /** Shown by the authenticator app as the account, e.g. the username or email. */
  totpAccountName?: string;
  /** Replaces the QR code area, e.g. to draw it differently. Receives the otpauth:// URI. */
  renderQrCode?: (uri: string) => ReactNode;
  /** The clipboard for the copy button; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
};

/**
 * MFA_SETUP: set up a second factor at sign-in. Authenticator app: a QR code of the otpauth:// URI, the
 * secret grouped for reading with a copy button for those who cannot scan, then the first code and an
 * optional device name. Email, when MFAS_CAN_SETUP offers it: an address to send codes to.
 */
export function MfaSetupChallenge({
  challenge,
  onAnswer,
  totpSetup,
  onSetupTotp,
  onVerifyTotp,
  totpIssuer,
  totpAccountName,
  renderQrCode,
  writeText,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: MfaSetupChallengeProps) {
  const messages = useMessages(overrides);
  const offered = challenge.mfasCanSetup.filter(
    (type): type is Exclude<MfaType, "SMS_MFA"> => type !== "SMS_MFA",
  );
  const [method, setMethod] = useState<MfaType | undefined>(offered.length === 1 ? offered[0] : undefined);
  const [code, setCode] = useState("");
  const [deviceName, setDeviceName] = useState("");
  const [email, setEmail] = useState("");
  const [showSecret, setShowSecret] = useState(false);
  const common = {
    error,
    pending,
    messages: overrides,
    className,
    autoFocus,
    title: messages["mfaSetup.title"],
  };

  if (totpSetup) {
    const uri = totpUri({
      secret: totpSetup.secretCode,
      issuer: totpIssuer,
      account: totpAccountName ?? challenge.username ?? "",
    });
    return (
      <ChallengeLayout
        {...common}
        key="verify"
        name="MFA_SETUP"
        description={messages["mfaSetup.scan"]}
        onSubmit={() => code.length === 6 && onVerifyTotp(code, deviceName.trim() || undefined)}
      >
        {(errorId) => (
          <>
            {renderQrCode ? renderQrCode(uri) : <QrCode value={uri} label={messages["mfaSetup.qrLabel"]} />}
            <Button aria-expanded={showSecret} onClick={() => setShowSecret((value) => !value)}>
              {messages["mfaSetup.cantScan"]}
            </Button>
            {showSecret ? (
              <div data-slot="field">
                <p data-slot="hint">{messages["mfaSetup.secretInstructions"]}</p>
                <dl>
                  <dt data-slot="label">{messages["mfaSetup.secretLabel"]}</dt>
                  <dd data-slot="secret">{formatSecretForReading(totpSetup.secretCode)}</dd>
                </dl>
                <CopyButton
                  text={totpSetup.secretCode}
                  label={messages["common.copy"]}
                  copiedLabel={messages["common.copied"]}
                  failedLabel={messages["common.copyFailed"]}
                  writeText={writeText}
                />
              </div>
            ) : null}
            <Field label={messages["mfaSetup.code"]} errorId={errorId}>
              {(control) => (
                <OtpInput {...control} name="code" value={code} onValueChange={setCode} required />
              )}
            </Field>
            <Field label={messages["mfaSetup.deviceName"]}>
              {(control) => (
                <input
                  {...control}
                  name="deviceName"
                  autoComplete="off"
                  value={deviceName}
                  onChange={(event) => setDeviceName(event.target.value)}
                />
              )}
            </Field>
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["mfaSetup.verify"]}
            </Button>
          </>
        )}
      </ChallengeLayout>
    );
  }

  if (method === "EMAIL_OTP") {
    return (
      <ChallengeLayout
        {...common}
        key="email"
        name="MFA_SETUP"
        onSubmit={() => email.trim() && onAnswer({ email: email.trim() })}
      >
        {(errorId) => (
          <>
            <Field label={messages["mfaSetup.emailLabel"]} errorId={errorId}>
              {(control) => (
                <input
                  {...control}
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              )}
            </Field>
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["mfaSetup.emailSubmit"]}
            </Button>
            {offered.length > 1 ? (
              <Button onClick={() => setMethod(undefined)}>{messages["common.back"]}</Button>
            ) : null}
          </>
        )}
      </ChallengeLayout>
    );
  }

  if (method === "SOFTWARE_TOKEN_MFA") {
    return (
      <ChallengeLayout {...common} key="totp" name="MFA_SETUP" onSubmit={() => onSetupTotp()}>
        {() => (
          <>
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["mfaSetup.start"]}
            </Button>
            {offered.length > 1 ? (
              <Button onClick={() => setMethod(undefined)}>{messages["common.back"]}</Button>
            ) : null}
          </>
        )}
      </ChallengeLayout>
    );
  }

  return (
    <ChallengeLayout
      {...common}
      key="choose"
      name="MFA_SETUP"
      description={messages["mfaSetup.chooseMethod"]}
    >
      {() => (
        <div data-slot="choices">
          {offered.map((type) => (
            <Button key={type} data-choice={type} onClick={() => setMethod(type)}>
              {messages[`mfaSetup.${type}`]}
            </Button>
          ))}
          {challenge.mfasCanSetup.includes("SMS_MFA") ? (
            <p data-slot="hint">{messages["mfaSetup.smsUnavailable"]}</p>
          ) : null}
        </div>
      )}
    </ChallengeLayout>
  );
}
