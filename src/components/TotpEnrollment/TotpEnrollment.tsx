"use client";
import { type ReactNode, useState } from "react";
import { formatSecretForReading, totpUri } from "../../core/totp/totp";
import type { Messages } from "../../i18n/en";
import { mfaSetupEn } from "../../i18n/en/mfaSetup";
import { ChallengeLayout } from "../ChallengeLayout";
import { QrCode } from "../MfaSetupChallenge/QrCode";
import { Button } from "../primitives/Button";
import { CopyButton } from "../primitives/CopyButton";
import { Field } from "../primitives/Field";
import { OtpInput } from "../primitives/OtpInput";
import { useMessages } from "../useMessages";

export interface TotpEnrollmentProps {
  /** `data-challenge` of the step: MFA_SETUP at sign-in, TOTP_SETUP for a signed-in user. */
  name: string;
  /** The base32 secret AssociateSoftwareToken returned. */
  secretCode: string;
  /** Shown by the authenticator app as the provider. */
  issuer?: string;
  /** Shown by the authenticator app as the account. */
  account: string;
  /** The first code, and the optional device name. */
  onVerify: (code: string, friendlyDeviceName?: string) => void | Promise<void>;
  /** Replaces the QR code area. Receives the otpauth:// URI. */
  renderQrCode?: (uri: string) => ReactNode;
  /** The clipboard for the copy button; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
  /** Below the verify button, e.g. a way back. */
  footer?: ReactNode;
  pending?: boolean;
  error?: unknown;
  messages?: Partial<Messages>;
  className?: string;
  autoFocus?: boolean;
}

/**
 * Adding an authenticator app, wherever it happens: a QR code of the otpauth:// URI, the secret grouped
 * for reading with a copy button for those who cannot scan, the first code and an optional device name.
 */
export function TotpEnrollment({
  name,
  secretCode,
  issuer,
  account,
  onVerify,
  renderQrCode,
  writeText,
  footer,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: TotpEnrollmentProps) {
  const messages = useMessages(overrides, mfaSetupEn);
  const [code, setCode] = useState("");
  const [deviceName, setDeviceName] = useState("");
  const [showSecret, setShowSecret] = useState(false);
  const uri = totpUri({ secret: secretCode, issuer, account });
  return (
    <ChallengeLayout
      name={name}
      title={messages["mfaSetup.title"]}
      description={messages["mfaSetup.scan"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => code.length === 6 && onVerify(code, deviceName.trim() || undefined)}
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
                <dd data-slot="secret">{formatSecretForReading(secretCode)}</dd>
              </dl>
              <CopyButton
                text={secretCode}
                label={messages["common.copy"]}
                copiedLabel={messages["common.copied"]}
                failedLabel={messages["common.copyFailed"]}
                writeText={writeText}
              />
            </div>
          ) : null}
          <Field label={messages["mfaSetup.code"]} errorId={errorId}>
            {(control) => <OtpInput {...control} name="code" value={code} onValueChange={setCode} required />}
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
          {footer}
        </>
      )}
    </ChallengeLayout>
  );
}
