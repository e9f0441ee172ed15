"use client";
import { type ReactNode, useId, useState } from "react";
import { formatSecretForReading, totpUri } from "../../core/totp/totp";
import type { Messages } from "../../i18n/en";
import { mfaSetupEn } from "../../i18n/en/mfaSetup";
import { ChallengeLayout } from "../ChallengeLayout";
import { QrCode } from "../MfaSetupChallenge/QrCode";
import { Button } from "../primitives/Button";
import { CopyButton } from "../primitives/CopyButton";
import { Field } from "../primitives/Field";
import { fieldOfError } from "../primitives/Field/fieldOfError";
import { codeOf, OtpInput } from "../primitives/OtpInput";
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
  /** The first code, and the device name when `askDeviceName` is set. */
  onVerify: (code: string, friendlyDeviceName?: string) => void | Promise<void>;
  /**
   * Ask for a name for the authenticator (optional for the user). Off in a sign-in, where every extra
   * field is in the way; on for an account page (<TotpSetup>), where someone may add several.
   */
  askDeviceName?: boolean;
  /** Replaces the QR code area. Receives the otpauth:// URI. */
  renderQrCode?: (uri: string) => ReactNode;
  /** The clipboard for the copy button; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
  /** After the verify button, e.g. a way back. */
  footer?: ReactNode;
  pending?: boolean;
  error?: unknown;
  messages?: Partial<Messages>;
  className?: string;
  autoFocus?: boolean;
}

/**
 * Adding an authenticator app, wherever it happens: a QR code of the otpauth:// URI, the secret grouped
 * for reading with a copy button for those who cannot scan, and the first code. On a phone (narrow or
 * touch screen), where the QR cannot be scanned, the key shows at once with a link that opens the
 * authenticator app (the stylesheet decides, so server rendering needs no guess).
 */
export function TotpEnrollment({
  name,
  secretCode,
  issuer,
  account,
  onVerify,
  askDeviceName = false,
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
  // The code is the input's alone (read from the form at submit), never React state; the step keeps only
  // whether it is complete.
  const [codeComplete, setCodeComplete] = useState(false);
  const [tried, setTried] = useState(false);
  const [deviceName, setDeviceName] = useState("");
  const [showSecret, setShowSecret] = useState(false);
  const uri = totpUri({ secret: secretCode, issuer, account });
  const secretId = useId();
  return (
    <ChallengeLayout
      name={name}
      title={messages["mfaSetup.title"]}
      // A phone cannot scan its own screen: there, the stylesheet shows the words for the link and the key.
      description={
        <>
          <span data-slot="scan">{messages["mfaSetup.scan"]}</span>
          <span data-slot="scan-phone">{messages["mfaSetup.scanPhone"]}</span>
        </>
      }
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={(form) => {
        setTried(true);
        if (!codeComplete) return false;
        void onVerify(codeOf(form), (askDeviceName && deviceName.trim()) || undefined);
      }}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["mfaSetup.verify"]}
          </Button>
          {footer}
        </>
      }
    >
      {(errorId, descriptionId) => (
        <>
          {renderQrCode ? renderQrCode(uri) : <QrCode value={uri} label={messages["mfaSetup.qrLabel"]} />}
          <a data-slot="open-app" href={uri}>
            {messages["mfaSetup.openApp"]}
          </a>
          <div data-slot="cant-scan">
            <Button
              variant="link"
              aria-expanded={showSecret}
              aria-controls={secretId}
              onClick={() => setShowSecret((value) => !value)}
            >
              {messages["mfaSetup.cantScan"]}
            </Button>
          </div>
          <div data-slot="secret-block" id={secretId} data-open={showSecret ? "" : undefined}>
            <p data-slot="hint">{messages["mfaSetup.secretInstructions"]}</p>
            <div data-slot="secret-row">
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
          </div>
          <Field
            label={messages["mfaSetup.code"]}
            // What to type here: the instructions, and the key's disclosure for those who cannot scan.
            descriptionId={`${descriptionId} ${secretId}`}
            // A wrong code marks the field; a network error or a limit is the step's alone.
            errorId={fieldOfError(error) === "code" ? errorId : undefined}
            error={tried && !codeComplete ? messages["mfaSetup.codeRequired"] : undefined}
          >
            {(control) => (
              <OtpInput
                {...control}
                name="code"
                onValueChange={(value) => setCodeComplete(value.length === 6)}
                required
              />
            )}
          </Field>
          {askDeviceName ? (
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
          ) : null}
        </>
      )}
    </ChallengeLayout>
  );
}
