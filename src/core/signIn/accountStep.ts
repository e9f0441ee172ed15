/**
 * The account steps a sign-in composes (the password reset, the account confirmation), as options for
 * their journeys: whose account, and what happens once it is put right. <SignIn> runs them with
 * `useJourney`; an app without React passes the same options to `createPasswordReset` or
 * `createAccountConfirmation` while the sign-in's state has an `account`.
 */
import type { AccountStepState } from "./reducer";
import type { SignInActions, SignInOptions } from "./types";

export interface AccountStepOptions {
  username: string;
  /** The password reset starts from Cognito's PasswordResetRequiredException. */
  required: boolean;
  clientMetadata: SignInOptions["clientMetadata"];
  /** The reset's end: the sign-in signs in with the new password (unless `afterReset: "backToSignIn"`). */
  onReset: ((username: string, newPassword: string) => void) | undefined;
  /** The confirmation's end: the sign-in signs in with the password it holds. */
  onConfirmed: () => void;
}

export function accountStepOptions(
  account: AccountStepState,
  signIn: Pick<SignInActions, "finishAccountStep">,
  options: Pick<SignInOptions, "clientMetadata" | "afterReset">,
): AccountStepOptions {
  return {
    username: account.username,
    required: account.step === "required",
    clientMetadata: options.clientMetadata,
    // The new password is handed straight to the sign-in, which sends it and forgets it.
    onReset:
      options.afterReset === "backToSignIn"
        ? undefined
        : (_username, newPassword) => void signIn.finishAccountStep(newPassword),
    onConfirmed: () => void signIn.finishAccountStep(),
  };
}
