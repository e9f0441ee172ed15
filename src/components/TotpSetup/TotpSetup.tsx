"use client";
import { type ReactNode, useMemo } from "react";
import { useTotpSetup } from "../../hooks/useTotpSetup";
import { errorsEn } from "../../i18n/en/errors";
import { mfaSetupEn } from "../../i18n/en/mfaSetup";
import { signInEn } from "../../i18n/en/signIn";
import { totpSetupEn } from "../../i18n/en/totpSetup";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";
import { TotpEnrollment } from "../TotpEnrollment";
import type { StandaloneProps } from "../types";
import { UiRoot } from "../UiRoot";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";

export interface TotpSetupProps extends StandaloneProps {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Shown by the authenticator app as the account, e.g. the user's email. */
  accountName: string;
  /** Shown by the authenticator app as the provider, e.g. your product's name. */
  totpIssuer?: string;
  /** Called once the authenticator is verified. */
  onDone?: () => void;
  /** Replaces the QR code area. Receives the otpauth:// URI. */
  renderQrCode?: (uri: string) => ReactNode;
  /** The clipboard for the copy button; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
}

function TotpSetupSteps(props: TotpSetupProps) {
  const setup = useTotpSetup({ accessToken: props.accessToken, onDone: props.onDone });
  const base = useMemo(
    () => ({ ...signInEn, ...errorsEn, ...mfaSetupEn, ...totpSetupEn, ...props.messages }),
    [props.messages],
  );
  // Here a NotAuthorizedException means the access token is no longer valid, not a wrong password.
  const messages = useMemo(
    () => ({ ...base, "error.NotAuthorizedException": base["totpSetup.signInAgain"] }),
    [base],
  );
  return (
    <UiRoot {...lookOf(props)} messages={messages} state={setup.status}>
      {setup.status === "idle" ? (
        <ChallengeLayout
          name="TOTP_SETUP"
          title={messages["totpSetup.title"]}
          description={messages["totpSetup.intro"]}
          error={setup.error}
          pending={setup.pending}
          autoFocus={false}
          onSubmit={setup.start}
          actions={
            <Button type="submit" pending={setup.pending} pendingLabel={messages["common.pending"]}>
              {messages["mfaSetup.start"]}
            </Button>
          }
        />
      ) : null}
      {setup.status === "associated" && setup.secretCode ? (
        <TotpEnrollment
          name="TOTP_SETUP"
          secretCode={setup.secretCode}
          issuer={props.totpIssuer}
          account={props.accountName}
          onVerify={setup.verify}
          askDeviceName
          renderQrCode={props.renderQrCode}
          writeText={props.writeText}
          pending={setup.pending}
          error={setup.error}
        />
      ) : null}
      {setup.status === "done" ? <Done slot="success">{messages["totpSetup.done"]}</Done> : null}
    </UiRoot>
  );
}

/**
 * Adds an authenticator app to a signed-in user's account (AssociateSoftwareToken and VerifySoftwareToken
 * with the access token), with the same QR code, readable key and code entry as MFA_SETUP at sign-in.
 */
export const TotpSetup = /* @__PURE__ */ withClientBoundary(TotpSetupSteps);
