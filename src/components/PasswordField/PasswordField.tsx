import type { ReactNode } from "react";
import type { Messages } from "../../i18n/en";
import { Field } from "../primitives/Field";
import { PasswordInput } from "../primitives/PasswordInput";

export interface PasswordFieldProps {
  label: string;
  name: string;
  /** Tells password managers whether to fill a saved password or offer a new one. */
  autoComplete: "current-password" | "new-password";
  value: string;
  onValueChange: (value: string) => void;
  /** The messages in force, for the show/hide toggle. */
  messages: Pick<Messages, "common.showPassword" | "common.hidePassword">;
  errorId?: string;
  hint?: ReactNode;
  /** A problem found before any request (empty, passwords that differ): shown under the field. */
  error?: ReactNode;
  /** Under the field, e.g. the password rules checked as the user types. */
  after?: ReactNode;
  autoFocus?: boolean;
}

/** A labelled, required password field with a show/hide toggle: the one every password step uses. */
export function PasswordField({
  label,
  hint,
  errorId,
  error,
  after,
  messages,
  value,
  onValueChange,
  ...input
}: PasswordFieldProps) {
  return (
    <Field label={label} hint={hint} errorId={errorId} error={error} after={after}>
      {(control) => (
        <PasswordInput
          {...control}
          {...input}
          required
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          showLabel={messages["common.showPassword"]}
          hideLabel={messages["common.hidePassword"]}
        />
      )}
    </Field>
  );
}
