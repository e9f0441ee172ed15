"use client";
import type { CognitoClient, CognitoClientOptions } from "../../core/client/client";
import { CognitoClientBoundary } from "../../hooks/CognitoProvider";
import { type UsePasswordResetOptions, usePasswordReset } from "../../hooks/usePasswordReset";
import type { Messages } from "../../i18n/en";
import type { ColorMode, Theme } from "../../theme/theme";
import type { PasswordPolicy } from "../NewPasswordChallenge/passwordPolicy";
import { UiRoot } from "../UiRoot";
import { ResetSteps } from "./ResetSteps";

export interface ResetPasswordProps extends UsePasswordResetOptions {
  /** A client to use. Without it (and without `clientOptions`), a <CognitoProvider> must be above. */
  client?: CognitoClient;
  /** Options for a client this component makes. */
  clientOptions?: CognitoClientOptions;
  /** The pool's password rules, shown as the user types and checked before sending. */
  passwordPolicy?: PasswordPolicy;
  /** "Back to sign in" on every step (and after the reset): where your sign-in page is. */
  onBackToSignIn?: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number;
  /** Any strings to replace; pass a whole dictionary (e.g. `de`) for another language. */
  messages?: Partial<Messages>;
  theme?: Theme;
  colorMode?: ColorMode;
  unstyled?: boolean;
  className?: string;
}

/**
 * A password reset on a route of its own: the username, a code (or the one already sent), the code and a
 * new password with the pool's rules, then done. `onReset(username, newPassword)` may sign the user in
 * at once; the password is handed over, never kept. Inside <SignIn> the same steps start from
 * "Forgot password?" and from a reset Cognito requires.
 */
export function ResetPassword(props: ResetPasswordProps) {
  const { client, clientOptions } = props;
  return (
    <CognitoClientBoundary client={client} clientOptions={clientOptions}>
      <ResetPasswordFlow {...props} />
    </CognitoClientBoundary>
  );
}

function ResetPasswordFlow(props: ResetPasswordProps) {
  const reset = usePasswordReset({
    username: props.username,
    required: props.required,
    clientMetadata: props.clientMetadata,
    onReset: props.onReset,
  });
  return (
    <UiRoot
      messages={props.messages}
      theme={props.theme}
      colorMode={props.colorMode}
      unstyled={props.unstyled}
      className={props.className}
      state={reset.status}
    >
      <ResetSteps
        reset={reset}
        passwordPolicy={props.passwordPolicy}
        onBack={props.onBackToSignIn}
        resendCooldownSeconds={props.resendCooldownSeconds}
      />
    </UiRoot>
  );
}
