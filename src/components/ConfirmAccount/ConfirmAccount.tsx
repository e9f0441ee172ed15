"use client";
import type { CognitoClient, CognitoClientOptions } from "../../core/client/client";
import { CognitoClientBoundary } from "../../hooks/CognitoProvider";
import {
  type UseAccountConfirmationOptions,
  useAccountConfirmation,
} from "../../hooks/useAccountConfirmation";
import type { Messages } from "../../i18n/en";
import type { ColorMode, Theme } from "../../theme/theme";
import { UiRoot } from "../UiRoot";
import { ConfirmSteps } from "./ConfirmSteps";

export interface ConfirmAccountProps extends UseAccountConfirmationOptions {
  /** A client to use. Without it (and without `clientOptions`), a <CognitoProvider> must be above. */
  client?: CognitoClient;
  /** Options for a client this component makes. */
  clientOptions?: CognitoClientOptions;
  /** "Back to sign in" on every step (and once confirmed): where your sign-in page is. */
  onBackToSignIn?: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number;
  /** Digits in a confirmation code. Default 6. */
  codeLength?: number;
  /** Any strings to replace; pass a whole dictionary (e.g. `de`) for another language. */
  messages?: Partial<Messages>;
  /** Design tokens, applied as --cc-* CSS variables. */
  theme?: Theme;
  /** light, dark, or the system's preference. Default light. */
  colorMode?: ColorMode;
  /** Render no styles of ours: data-slot and data-state attributes remain for your CSS. */
  unstyled?: boolean;
  className?: string;
}

/**
 * Confirming an account on a route of its own (say, the link after a sign-up): what is missing, a code
 * only when asked or the one already sent, the code, then done. Inside <SignIn> the same steps follow
 * UserNotConfirmedException and sign in at once with the password the user typed.
 */
export function ConfirmAccount(props: ConfirmAccountProps) {
  const { client, clientOptions } = props;
  return (
    <CognitoClientBoundary client={client} clientOptions={clientOptions}>
      <ConfirmAccountFlow {...props} />
    </CognitoClientBoundary>
  );
}

function ConfirmAccountFlow(props: ConfirmAccountProps) {
  const confirmation = useAccountConfirmation({
    username: props.username,
    clientMetadata: props.clientMetadata,
    onConfirmed: props.onConfirmed,
  });
  return (
    <UiRoot
      messages={props.messages}
      theme={props.theme}
      colorMode={props.colorMode}
      unstyled={props.unstyled}
      className={props.className}
      state={confirmation.status}
    >
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
