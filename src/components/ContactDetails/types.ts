import type { ContactAttribute } from "../../core/settings/contacts";
import type { UseContactDetailsResult } from "../../hooks/useContactDetails";
import type { FreshSignInGate, FreshSignInOption } from "../FreshSignIn";
import type { StandaloneProps } from "../types";

export interface ContactDetailsProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /** Which contacts to show, in order. Default: email, then phone number. */
  attributes?: ContactAttribute[];
  /** ISO 3166 country for phone numbers typed without "+". Default: the browser's locale's region. */
  defaultCountry?: string;
  /**
   * A fresh sign-in before changing the email or phone: once `maxAge` seconds have passed since the user
   * signed in, they sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out:
   * no such check.
   */
  freshSignIn?: FreshSignInOption;
}

/** The props a view of <ContactDetails> is handed: its own, its journey's state and actions, the fresh sign-in. */
export type ContactDetailsViewProps = ContactDetailsProps & {
  state: UseContactDetailsResult;
  fresh: FreshSignInGate;
};
