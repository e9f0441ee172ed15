import type { newPasswordEn } from "../../i18n/en/newPassword";
import { PasswordField } from "../PasswordField";
import type { MessagesOf } from "../useMessages";
import { PasswordRules } from "./PasswordRules";
import { COGNITO_DEFAULT_POLICY, type PasswordRule, passwordRules } from "./passwordPolicy";

export interface NewPasswordFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** The pool's rules checked against the value (`passwordRules`), listed under the field. */
  rules: PasswordRule[];
  /** The step's error id, for a password Cognito refused. */
  errorId?: string | undefined;
  /** The field's own problem (`passwordProblem`), once the user has tried to send. */
  error?: string | undefined;
  /**
   * Cognito refused the last password sent (InvalidPasswordException). With no `rules` from the app,
   * Cognito's default ones are listed then, said to be the default, and not enforced here: the pool's
   * own may differ.
   */
  refused?: boolean;
  messages: MessagesOf<typeof newPasswordEn> & {
    "common.showPassword": string;
    "common.hidePassword": string;
  };
}

/** A new password: the field password managers offer to fill, with the pool's rules marked as typed. */
export function NewPasswordField({
  label,
  value,
  onValueChange,
  rules,
  errorId,
  error,
  refused,
  messages,
}: NewPasswordFieldProps) {
  const fallback = rules.length === 0 && refused;
  return (
    <PasswordField
      label={label}
      name="new-password"
      autoComplete="new-password"
      errorId={errorId}
      error={error}
      value={value}
      onValueChange={onValueChange}
      messages={messages}
      after={
        <PasswordRules
          rules={fallback ? passwordRules(COGNITO_DEFAULT_POLICY, value, messages) : rules}
          heading={messages[fallback ? "newPassword.defaultRules" : "newPassword.rules"]}
          metLabel={messages["newPassword.ruleMet"]}
        />
      }
    />
  );
}
