"use client";
import { type ReactNode, useState } from "react";
import type { MfaType } from "../../core/names";
import { settableMfa } from "../../core/signIn/choices";
import type { TotpSetupState } from "../../core/signIn/reducer";
import { mfaSetupEn } from "../../i18n/en/mfaSetup";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { TotpEnrollment } from "../TotpEnrollment";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

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
  /**
   * Starts the sign-in again: offered when Cognito can only set up SMS, which needs a phone number the
   * user must add elsewhere first.
   */
  onRestart?: () => void;
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
  onRestart,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: MfaSetupChallengeProps) {
  const messages = useMessages(overrides, mfaSetupEn);
  const offered = settableMfa(challenge.mfasCanSetup);
  const [method, setMethod] = useState<MfaType | undefined>(offered.length === 1 ? offered[0] : undefined);
  const [email, setEmail] = useState("");
  const [tried, setTried] = useState(false);
  const common = {
    error,
    pending,
    messages: overrides,
    className,
    autoFocus,
    title: messages["mfaSetup.title"],
  };

  if (totpSetup) {
    return (
      <TotpEnrollment
        key="verify"
        name="MFA_SETUP"
        secretCode={totpSetup.secretCode}
        issuer={totpIssuer}
        account={totpAccountName ?? challenge.username ?? ""}
        onVerify={onVerifyTotp}
        renderQrCode={renderQrCode}
        writeText={writeText}
        pending={pending}
        error={error}
        messages={overrides}
        className={className}
        autoFocus={autoFocus}
      />
    );
  }

  if (method === "EMAIL_OTP") {
    return (
      <ChallengeLayout
        {...common}
        key="email"
        name="MFA_SETUP"
        onSubmit={() => {
          setTried(true);
          if (!email.trim()) return false;
          void onAnswer({ email: email.trim() });
        }}
        actions={
          <>
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["mfaSetup.emailSubmit"]}
            </Button>
            {offered.length > 1 ? (
              <Button variant="link" onClick={() => setMethod(undefined)}>
                {messages["common.back"]}
              </Button>
            ) : null}
          </>
        }
      >
        {(errorId) => (
          <>
            <Field
              label={messages["mfaSetup.emailLabel"]}
              errorId={errorId}
              error={tried && !email.trim() ? messages["mfaSetup.emailRequired"] : undefined}
            >
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
          </>
        )}
      </ChallengeLayout>
    );
  }

  if (method === "SOFTWARE_TOKEN_MFA") {
    return (
      <ChallengeLayout
        {...common}
        key="totp"
        name="MFA_SETUP"
        onSubmit={() => void onSetupTotp()}
        actions={
          <>
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["mfaSetup.start"]}
            </Button>
            {offered.length > 1 ? (
              <Button variant="link" onClick={() => setMethod(undefined)}>
                {messages["common.back"]}
              </Button>
            ) : null}
          </>
        }
      />
    );
  }

  if (offered.length === 0)
    return (
      <ChallengeLayout
        {...common}
        key="sms-only"
        name="MFA_SETUP"
        description={messages["mfaSetup.smsOnly"]}
        actions={
          onRestart ? (
            <Button variant="primary" onClick={onRestart}>
              {messages["signIn.restart"]}
            </Button>
          ) : null
        }
      />
    );

  return (
    <ChallengeLayout
      {...common}
      key="choose"
      name="MFA_SETUP"
      description={messages["mfaSetup.chooseMethod"]}
    >
      {() => (
        <>
          <div data-slot="choices">
            {offered.map((type) => (
              <Button key={type} data-choice={type} onClick={() => setMethod(type)}>
                {messages[`mfaSetup.${type}`]}
              </Button>
            ))}
          </div>
          {challenge.mfasCanSetup.includes("SMS_MFA") ? (
            <p data-slot="hint">{messages["mfaSetup.smsUnavailable"]}</p>
          ) : null}
        </>
      )}
    </ChallengeLayout>
  );
}
