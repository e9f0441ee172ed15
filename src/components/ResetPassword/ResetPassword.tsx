"use client";
import { type UsePasswordResetOptions, usePasswordReset } from "../../hooks/usePasswordReset";
import type { PasswordPolicy } from "../NewPasswordChallenge/passwordPolicy";
import type { StandaloneProps } from "../types";
import { UiRoot } from "../UiRoot";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { ResetSteps } from "./ResetSteps";

export interface ResetPasswordProps extends UsePasswordResetOptions, StandaloneProps {
  /** The pool's password rules, shown as the user types and checked before sending. */
  passwordPolicy?: PasswordPolicy;
  /** "Back to sign in" on every step (and after the reset): where your sign-in page is. */
  onBackToSignIn?: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number;
}

/**
 * A password reset on a route of its own: the username, a code (or the one already sent), the code and a
 * new password with the pool's rules, then done. `onReset(username, newPassword)` may sign the user in
 * at once; the password is handed over, never kept. Inside <SignIn> the same steps start from
 * "Forgot password?" and from a reset Cognito requires.
 */
// Pure: an app that imports another screen from `/screens` drops this one.
export const ResetPassword = /* @__PURE__ */ withClientBoundary(ResetPasswordFlow);

function ResetPasswordFlow(props: ResetPasswordProps) {
  const reset = usePasswordReset({
    username: props.username,
    required: props.required,
    clientMetadata: props.clientMetadata,
    onReset: props.onReset,
  });
  return (
    <UiRoot {...props} state={reset.status}>
      <ResetSteps
        reset={reset}
        passwordPolicy={props.passwordPolicy}
        onBack={props.onBackToSignIn}
        resendCooldownSeconds={props.resendCooldownSeconds}
      />
    </UiRoot>
  );
}
