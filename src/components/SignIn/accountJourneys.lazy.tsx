"use client";
// Values only: the account journeys a sign-in composes (the password reset, the account confirmation)
// and their views. <SignIn> loads this when the sign-in's state has an `account` step and runs the
// journey on its first load's runtime (`useJourney`), so nothing here imports the runtime: a chunk that
// loads on demand and imports a first-load module makes the app's bundler split that module out of the
// first load (ARCHITECTURE.md).
import type { ComponentType } from "react";
import { accountConfirmation } from "../../core/accountConfirmation/accountConfirmation";
import type { JourneyDefinition } from "../../core/journey/journey";
import { passwordReset } from "../../core/passwordReset/passwordReset";
import type { AccountStepState } from "../../core/signIn/reducer";
import type { UseAccountConfirmationResult } from "../../hooks/useAccountConfirmation";
import type { UsePasswordResetResult } from "../../hooks/usePasswordReset";
import type { Messages } from "../../i18n/en";
import type { CodeOptions } from "../CodeChallenge";
import { ConfirmSteps } from "../ConfirmAccount/ConfirmSteps";
import type { PasswordPolicy } from "../NewPasswordChallenge/passwordPolicy";
import { ResetSteps } from "../ResetPassword/ResetSteps";

/** What <SignIn> gives an account step's view, besides its journey's state and actions. */
export interface AccountViewProps<Journey> {
  journey: Journey;
  /** Back to the username step, the username kept. */
  onBack: () => void;
  /** The step ends by signing in: its last step says so while it does. */
  signingIn: boolean;
  passwordPolicy?: PasswordPolicy | undefined;
  codeOptions?: Omit<CodeOptions, "onResend"> | undefined;
  messages?: Partial<Messages> | undefined;
}

/** A journey and the view that renders it. */
export interface AccountJourney {
  // biome-ignore lint/suspicious/noExplicitAny: each journey has its own state, options and actions
  definition: JourneyDefinition<any, any, any>;
  // biome-ignore lint/suspicious/noExplicitAny: the view takes its own journey's state and actions
  View: ComponentType<AccountViewProps<any>>;
}

const ResetView: ComponentType<AccountViewProps<UsePasswordResetResult>> = ({
  journey,
  codeOptions,
  ...view
}) => (
  <ResetSteps
    reset={journey}
    resendCooldownSeconds={codeOptions?.resendCooldownSeconds}
    codeLength={codeOptions?.codeLength}
    {...view}
  />
);

const ConfirmView: ComponentType<AccountViewProps<UseAccountConfirmationResult>> = ({
  journey,
  codeOptions,
  passwordPolicy: _,
  ...view
}) => (
  <ConfirmSteps
    confirmation={journey}
    resendCooldownSeconds={codeOptions?.resendCooldownSeconds}
    codeLength={codeOptions?.codeLength}
    {...view}
  />
);

const reset: AccountJourney = { definition: passwordReset, View: ResetView };

/** The journey of each account step. */
export const accountJourneys: Record<AccountStepState["step"], AccountJourney> = {
  forgot: reset,
  required: reset,
  confirm: { definition: accountConfirmation, View: ConfirmView },
};
