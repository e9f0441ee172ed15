import type { FreshSignInPolicy } from "../../core/settings/freshness";
import type { AuthenticationResult } from "../../core/types";

/** A section's `freshSignIn` prop: the policy, and who hears of the new tokens. */
export interface FreshSignInOption extends FreshSignInPolicy {
  /**
   * The new tokens after the user signed in again. Under <CognitoProvider session> the session takes
   * them already; without one, hand them to yours (the old ones stay valid until they expire).
   */
  onSignedIn?: (tokens: AuthenticationResult) => void;
  /** The clock, in milliseconds; default `Date.now`. */
  now?: () => number;
}
