"use client";
import { useState } from "react";
import type { Messages } from "../../i18n/en";
import { newPasswordEn } from "../../i18n/en/newPassword";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";
import { NewPasswordField } from "./NewPasswordField";
import {
  humanizeAttribute,
  type PasswordPolicy,
  type PasswordRule,
  passwordProblem,
  passwordRules,
  refusedByPolicy,
} from "./passwordPolicy";

export type { PasswordPolicy, PasswordRule };
export { passwordRules };

export type NewPasswordChallengeProps = ChallengeProps<"NEW_PASSWORD_REQUIRED"> & {
  /** Shown under the new password as rules, each marked once the password meets it; checked before sending. */
  passwordPolicy?: PasswordPolicy;
  /** Labels for attributes by name, e.g. `{ "custom:team": "Team" }`; standard ones have labels already. */
  attributeLabels?: Record<string, string>;
};

/** A label for an attribute: the app's, else the dictionary's, else its name made readable. */
export function attributeLabel(
  name: string,
  messages: Partial<Messages>,
  labels: Record<string, string> = {},
): string {
  return labels[name] ?? messages[`attribute.${name}` as keyof Messages] ?? humanizeAttribute(name);
}

const AUTOCOMPLETE: Record<string, string> = {
  given_name: "given-name",
  family_name: "family-name",
  name: "name",
  email: "email",
  phone_number: "tel",
  birthdate: "bday",
  nickname: "nickname",
};

/**
 * NEW_PASSWORD_REQUIRED: a field for each attribute the pool requires that the user has no value for,
 * then the new password, typed twice, with the pool's rules under it. The password comes last so that
 * the step's error (a password Cognito refused) shows right under it. Nothing is sent until every field
 * is filled, the rules are met and both passwords match; each problem shows under its field.
 */
export function NewPasswordChallenge({
  challenge,
  onAnswer,
  passwordPolicy,
  attributeLabels,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: NewPasswordChallengeProps) {
  const messages = useMessages(overrides, newPasswordEn);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const rules = passwordRules(passwordPolicy, password, messages);
  const missing = (name: string) => !attributes[name]?.trim();
  const problem = passwordProblem(password, rules, {
    required: messages["newPassword.required"],
    unmet: messages["newPassword.unmet"],
  });
  const mismatch = confirm !== password;

  return (
    <ChallengeLayout
      name="NEW_PASSWORD_REQUIRED"
      title={messages["newPassword.title"]}
      description={messages["newPassword.instructions"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => {
        setTried(true);
        if (problem || mismatch || challenge.requiredAttributes.some(missing)) return false;
        void onAnswer({ newPassword: password, attributes });
      }}
      actions={
        <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
          {messages["newPassword.submit"]}
        </Button>
      }
    >
      {(errorId) => (
        <>
          {challenge.requiredAttributes.map((name) => {
            const label = attributeLabel(name, messages, attributeLabels);
            return (
              <Field
                key={name}
                label={label}
                error={
                  tried && missing(name)
                    ? format(messages["newPassword.attributeRequired"], { label })
                    : undefined
                }
              >
                {(control) => (
                  <input
                    {...control}
                    name={name}
                    required
                    autoComplete={AUTOCOMPLETE[name]}
                    value={attributes[name] ?? ""}
                    onChange={(event) =>
                      setAttributes((current) => ({ ...current, [name]: event.target.value }))
                    }
                  />
                )}
              </Field>
            );
          })}
          <NewPasswordField
            label={messages["newPassword.password"]}
            errorId={errorId}
            error={tried ? problem : undefined}
            value={password}
            onValueChange={setPassword}
            rules={rules}
            refused={refusedByPolicy(error)}
            messages={messages}
          />
          <PasswordField
            label={messages["newPassword.confirm"]}
            name="confirm-password"
            autoComplete="new-password"
            error={tried && password && mismatch ? messages["newPassword.mismatch"] : undefined}
            value={confirm}
            onValueChange={setConfirm}
            messages={messages}
          />
        </>
      )}
    </ChallengeLayout>
  );
}
