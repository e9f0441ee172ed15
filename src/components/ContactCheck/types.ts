import type { ContactAttribute } from "../../core/settings/contacts";
import type { UseContactDetailsResult } from "../../hooks/useContactDetails";
import type { Messages } from "../../i18n/en";

export interface ContactCheckStepProps {
  /** What the sign-in's state says, its way on, and the access token the check acts with. */
  flow: {
    pending: boolean;
    error: unknown;
    continueSignIn: () => Promise<void>;
    heldAccessToken: () => string | undefined;
  };
  /** Any strings to replace. */
  messages?: Partial<Messages>;
  className?: string;
  /** Move focus to the step's first field as it shows. Default true. */
  autoFocus?: boolean;
}

/** The props the check's view is handed: the step's own, the contacts to offer, and their journey. */
export interface ContactCheckViewProps extends ContactCheckStepProps {
  /** The contacts that count, in the order offered. */
  attributes: readonly ContactAttribute[];
  /** ISO 3166 country for phone numbers typed without "+". */
  defaultCountry: string | undefined;
  /** The user's email and phone, as a journey acting with the held access token. */
  contacts: UseContactDetailsResult;
}
