import type { UseProfileResult } from "../../hooks/useProfile";
import type { FreshSignInGate } from "../FreshSignIn";
import type { SignUpAttribute } from "../SignUp/signUpFields";
import type { StandaloneProps } from "../types";

/** One attribute of the profile: the same shape as <SignUp>'s (a name, a label, a type, validation). */
export type ProfileAttribute = SignUpAttribute;

export interface ProfileProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /**
   * The attributes to show, in order: standard (`given_name`, `birthdate`…) or `custom:*`. The app client
   * must be allowed to write them (its WriteAttributes); Cognito refuses the others. The email and phone
   * belong to <ContactDetails>, which confirms them by code.
   */
  attributes: readonly ProfileAttribute[];
  /** ISO 3166 country for a `tel` attribute typed without "+". Default: the browser's locale's region. */
  defaultCountry?: string;
  /** Called once Cognito took the changes. */
  onSaved?: () => void;
}

/** The props a view of <Profile> is handed: its own, its journey's state and actions, the fresh sign-in. */
export type ProfileViewProps = ProfileProps & { state: UseProfileResult; fresh: FreshSignInGate };
