import { useState } from "react";
import type { passwordRulesEn } from "../../i18n/en/passwordRules";
import { Field } from "../primitives/Field";
import { PasswordInput } from "../primitives/PasswordInput";
import type { MessagesOf } from "../useMessages";
import { PasswordRules } from "./PasswordRules";
import { type PasswordPolicy, passwordRules } from "./passwordPolicy";

export interface RuledPasswordFieldProps {
  label: string;
  /** The form field the password is read from as the form is sent. */
  name: string;
  /** The step's error id, while Cognito's refusal is about this field. */
  errorId?: string | undefined;
  /** The field's own problem, found before sending. */
  error?: string | undefined;
  /** The pool's rules, marked as the user types. */
  policy: PasswordPolicy | undefined;
  /** Told of each change, e.g. to clear the field's problem. */
  onInput?: () => void;
  messages: MessagesOf<typeof passwordRulesEn> & {
    "common.showPassword": string;
    "common.hidePassword": string;
  };
}

/**
 * A new password that stays in its field (read from the form as it is sent, never React state), with the
 * pool's rules marked as the user types: the rules keep only whether each is met, never the password.
 */
export function RuledPasswordField({
  label,
  name,
  errorId,
  error,
  policy,
  onInput,
  messages,
}: RuledPasswordFieldProps) {
  const [rules, setRules] = useState(() => passwordRules(policy, "", messages));
  return (
    <Field
      label={label}
      errorId={errorId}
      error={error}
      after={
        <PasswordRules
          rules={rules}
          heading={messages["newPassword.rules"]}
          metLabel={messages["newPassword.ruleMet"]}
        />
      }
    >
      {(control) => (
        <PasswordInput
          {...control}
          name={name}
          autoComplete="new-password"
          required
          onChange={(event) => {
            setRules(passwordRules(policy, event.target.value, messages));
            onInput?.();
          }}
          showLabel={messages["common.showPassword"]}
          hideLabel={messages["common.hidePassword"]}
        />
      )}
    </Field>
  );
}
