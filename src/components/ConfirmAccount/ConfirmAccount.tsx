"use client";
import {
  type UseAccountConfirmationOptions,
  useAccountConfirmation,
} from "../../hooks/useAccountConfirmation";
import type { StandaloneProps } from "../types";
import { UiRoot } from "../UiRoot";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { ConfirmSteps } from "./ConfirmSteps";

export interface ConfirmAccountProps extends UseAccountConfirmationOptions, StandaloneProps {
  /** "Back to sign in" on every step (and once confirmed): where your sign-in page is. */
  onBackToSignIn?: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number;
  /** Digits in a confirmation code. Default 6. */
  codeLength?: number;
}

/**
 * Confirming an account on a route of its own (say, the link after a sign-up): what is missing, a code
 * only when asked or the one already sent, the code, then done. Inside <SignIn> the same steps follow
 * UserNotConfirmedException and sign in at once with the password the user typed.
 */
// Pure: an app that imports another screen from `/screens` drops this one.
export const ConfirmAccount = /* @__PURE__ */ withClientBoundary(ConfirmAccountFlow);

function ConfirmAccountFlow(props: ConfirmAccountProps) {
  const confirmation = useAccountConfirmation({
    username: props.username,
    clientMetadata: props.clientMetadata,
    onConfirmed: props.onConfirmed,
  });
  return (
    <UiRoot {...props} state={confirmation.status}>
      <ConfirmSteps
        confirmation={confirmation}
        onBack={props.onBackToSignIn}
        resendCooldownSeconds={props.resendCooldownSeconds}
        codeLength={props.codeLength}
        messages={props.messages}
      />
    </UiRoot>
  );
}
