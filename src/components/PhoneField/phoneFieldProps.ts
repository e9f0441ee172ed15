import type { FieldControlProps } from "../primitives/Field";

/** What a phone field takes: its form name, the country to start from, and its labels. */
export interface PhoneFieldProps extends FieldControlProps {
  /** The form field the number is sent as, in E.164 (`+442079460958`). */
  name: string;
  /** ISO 3166 country code for numbers typed without "+". Default: the browser's locale's region. */
  defaultCountry?: string | undefined;
  /** The country picker's accessible name. */
  countryLabel: string;
  required?: boolean | undefined;
  autoComplete?: string | undefined;
  /** The number as first shown, e.g. what the user typed before. */
  defaultValue?: string | undefined;
  /** Focus the number as it appears (it replaces a plain field that had focus). */
  autoFocus?: boolean | undefined;
}
