import type { UsePasswordChangeResult } from "../../hooks/usePasswordChange";
import type { FreshSignInGate, FreshSignInOption } from "../FreshSignIn";
import type { PasswordPolicy } from "../NewPasswordChallenge/passwordPolicy";
import type { StandaloneProps } from "../types";

export interface ChangePasswordProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /** The pool's password rules, shown as the user types and checked before sending. */
  passwordPolicy?: PasswordPolicy;
  /** Called once the new password is Cognito's. */
  onChanged?: () => void;
  /**
   * A fresh sign-in before changing the password: once `maxAge` seconds have passed since the user signed in, they
   * sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out: no such check.
   */
  freshSignIn?: FreshSignInOption;
}

/** The props a view of <ChangePassword> is handed: its own, its journey's state and actions, the fresh sign-in. */
export type ChangePasswordViewProps = ChangePasswordProps & {
  state: UsePasswordChangeResult;
  fresh: FreshSignInGate;
};
