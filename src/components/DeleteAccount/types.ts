import type { UseAccountDeletionResult } from "../../hooks/useAccountDeletion";
import type { FreshSignInGate, FreshSignInOption } from "../FreshSignIn";
import type { StandaloneProps } from "../types";

export interface DeleteAccountProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /**
   * Called once the account is gone. Under <CognitoProvider session>, the session is signed out here
   * first; without one, end yours in this.
   */
  onDeleted?: () => void;
  /**
   * A fresh sign-in before deleting the account: once `maxAge` seconds have passed since the user signed in, they
   * sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out: no such check.
   */
  freshSignIn?: FreshSignInOption;
}

/** The props a view of <DeleteAccount> is handed: its own, the deletion's state and actions, the fresh sign-in. */
export type DeleteAccountViewProps = DeleteAccountProps & {
  state: UseAccountDeletionResult;
  fresh: FreshSignInGate;
};
