"use client";
import { type ReactNode, useMemo } from "react";
import type { CognitoClient, CognitoClientOptions } from "../../core/client/client";
import { CognitoClientBoundary } from "../../hooks/CognitoProvider";
import { useTotpSetup } from "../../hooks/useTotpSetup";
import type { Messages } from "../../i18n/en";
import { errorsEn } from "../../i18n/en/errors";
import { mfaSetupEn } from "../../i18n/en/mfaSetup";
import { signInEn } from "../../i18n/en/signIn";
import { totpSetupEn } from "../../i18n/en/totpSetup";
import type { ColorMode, Theme } from "../../theme/theme";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";
import { TotpEnrollment } from "../TotpEnrollment";
import { UiRoot } from "../UiRoot";

export interface TotpSetupProps {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Shown by the authenticator app as the account, e.g. the user's email. */
  accountName: string;
  /** Shown by the authenticator app as the provider, e.g. your product's name. */
  totpIssuer?: string;
  /** Called once the authenticator is verified. */
  onDone?: () => void;
  /** A client to use. Without it (and without `clientOptions`), a <CognitoProvider> must be above. */
  client?: CognitoClient;
  /** Options for a client this component makes. */
  clientOptions?: CognitoClientOptions;
  /** The app's strings, any subset; English fills the rest. */
  messages?: Partial<Messages>;
  /** Design tokens, applied as --cc-* CSS variables. */
  theme?: Theme;
  /** light, dark, or the system's preference; left out, it follows the page's `color-scheme`. */
  colorMode?: ColorMode;
  unstyled?: boolean;
  className?: string;
  /** Replaces the QR code area. Receives the otpauth:// URI. */
  renderQrCode?: (uri: string) => ReactNode;
  /** The clipboard for the copy button; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
}

/**
 * Adds an authenticator app to a signed-in user's account (AssociateSoftwareToken and VerifySoftwareToken
 * with the access token), with the same QR code, readable key and code entry as MFA_SETUP at sign-in.
 */
export function TotpSetup(props: TotpSetupProps) {
  const { client, clientOptions } = props;
  return (
    <CognitoClientBoundary client={client} clientOptions={clientOptions}>
      <TotpSetupSteps {...props} />
    </CognitoClientBoundary>
  );
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
    <UiRoot
      messages={messages}
      theme={props.theme}
      colorMode={props.colorMode}
      unstyled={props.unstyled}
      className={props.className}
      state={setup.status}
    >
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
