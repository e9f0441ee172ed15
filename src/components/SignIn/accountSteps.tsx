"use client";
// What <SignIn> shows when the account must be put right before anyone can sign in: a forgotten
// password, a reset Cognito requires (PasswordResetRequiredException), an account never confirmed
// (UserNotConfirmedException). Each ends by signing in (with the new password, or the one the sign-in
// holds) and going on into whatever Cognito asks next. Loaded with the steps after the username.
import type { AccountNeed as CognitoAccountNeed } from "../../core/signIn/accountNeed";
import type { StringMap } from "../../core/types";
import { useAccountConfirmationWith } from "../../hooks/accountConfirmationBinding";
import type { JourneyKit } from "../../hooks/journeyKit";
import { usePasswordResetWith } from "../../hooks/passwordResetBinding";
import type { UseSignInResult } from "../../hooks/useSignIn";
import type { Messages } from "../../i18n/en";
import type { CodeOptions } from "../CodeChallenge";
import { ConfirmSteps } from "../ConfirmAccount/ConfirmSteps";
import type { PasswordPolicy } from "../NewPasswordChallenge/passwordPolicy";
import { ResetSteps } from "../ResetPassword/ResetSteps";

/** forgot: the user asked; required: Cognito requires a new password; confirm: the account is unconfirmed. */
export type AccountNeed = "forgot" | CognitoAccountNeed;

export interface AccountStepProps {
  need: AccountNeed;
  flow: UseSignInResult;
  /** Whose account: the username the sign-in was given, or typed so far. */
  username: string;
  /** The first load's journey parts: importing them here would split them out of it (JourneyKit). */
  kit: JourneyKit;
  /** After a reset, sign in with the new password at once (default), or offer "Back to sign in". */
  afterReset?: "signIn" | "backToSignIn" | undefined;
  /** Back to the username step, the username kept. */
  onBack: () => void;
  passwordPolicy?: PasswordPolicy | undefined;
  codeOptions?: Omit<CodeOptions, "onResend"> | undefined;
  messages?: Partial<Messages> | undefined;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap | undefined;
}

export function AccountStep({ need, ...props }: AccountStepProps) {
  return need === "confirm" ? (
    <ConfirmStep {...props} />
  ) : (
    <ResetStep {...props} required={need === "required"} />
  );
}

function ResetStep({
  kit,
  flow,
  username,
  afterReset,
  onBack,
  passwordPolicy,
  codeOptions,
  messages,
  clientMetadata,
  required,
}: Omit<AccountStepProps, "need"> & { required: boolean }) {
  const signIn = afterReset !== "backToSignIn";
  const reset = usePasswordResetWith(kit, {
    username,
    required,
    clientMetadata: clientMetadata,
    // The new password is handed straight to the sign-in, which sends it and forgets it.
    onReset: signIn ? (username, password) => void flow.start(username, { password }) : undefined,
  });
  return (
    <ResetSteps
      reset={reset}
      passwordPolicy={passwordPolicy}
      onBack={onBack}
      signingIn={signIn}
      resendCooldownSeconds={codeOptions?.resendCooldownSeconds}
      codeLength={codeOptions?.codeLength}
      messages={messages}
    />
  );
}

function ConfirmStep({
  kit,
  flow,
  username,
  onBack,
  codeOptions,
  messages,
  clientMetadata,
}: Omit<AccountStepProps, "need">) {
  const confirmation = useAccountConfirmationWith(kit, {
    username,
    clientMetadata: clientMetadata,
    // The sign-in held the password the user typed: it signs in again with it, and forgets it.
    onConfirmed: () => void flow.signInAgain(),
  });
  return (
    <ConfirmSteps
      confirmation={confirmation}
      onBack={onBack}
      signingIn
      resendCooldownSeconds={codeOptions?.resendCooldownSeconds}
      codeLength={codeOptions?.codeLength}
      messages={messages}
    />
  );
}
