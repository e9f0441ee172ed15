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
import { type MessagesOf, useMessages } from "../useMessages";

/** The user pool's password policy, shown as rules; Cognito does not send it, so the app passes it. */
export interface PasswordPolicy {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
}

export type NewPasswordChallengeProps = ChallengeProps<"NEW_PASSWORD_REQUIRED"> & {
  /** Shown as a list of rules under the title. */
  passwordPolicy?: PasswordPolicy;
};

/** A label for an attribute: from the dictionary when known, else its name made readable. */
export function attributeLabel(name: string, messages: Partial<Messages>): string {
  const key = `attribute.${name}` as keyof Messages;
  return messages[key] ?? name.replace(/^custom:/, "").replace(/[_:]/g, " ");
}

function policyRules(
  policy: PasswordPolicy | undefined,
  messages: MessagesOf<typeof newPasswordEn>,
): string[] {
  if (!policy) return [];
  return [
    policy.minLength
      ? format(messages["newPassword.rule.minLength"], { count: policy.minLength })
      : undefined,
    policy.requireLowercase ? messages["newPassword.rule.lowercase"] : undefined,
    policy.requireUppercase ? messages["newPassword.rule.uppercase"] : undefined,
    policy.requireNumbers ? messages["newPassword.rule.number"] : undefined,
    policy.requireSymbols ? messages["newPassword.rule.symbol"] : undefined,
  ].filter((rule): rule is string => rule !== undefined);
}

/**
 * NEW_PASSWORD_REQUIRED: a new password, typed twice, and a field for each attribute the pool requires
 * that the user has no value for.
 */
export function NewPasswordChallenge({
  challenge,
  onAnswer,
  passwordPolicy,
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
  const [mismatch, setMismatch] = useState(false);
  const rules = policyRules(passwordPolicy, messages);

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
        if (password !== confirm) return setMismatch(true);
        if (!password || challenge.requiredAttributes.some((name) => !attributes[name]?.trim())) return;
        setMismatch(false);
        void onAnswer({ newPassword: password, attributes });
      }}
    >
      {(errorId) => (
        <>
          {rules.length > 0 ? (
            <div data-slot="rules">
              <p data-slot="hint">{messages["newPassword.rules"]}</p>
              <ul>
                {rules.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <PasswordField
            label={messages["newPassword.password"]}
            name="new-password"
            autoComplete="new-password"
            errorId={errorId}
            value={password}
            onValueChange={setPassword}
            messages={messages}
          />
          <PasswordField
            label={messages["newPassword.confirm"]}
            name="confirm-password"
            autoComplete="new-password"
            hint={mismatch ? messages["newPassword.mismatch"] : undefined}
            invalid={mismatch}
            value={confirm}
            onValueChange={setConfirm}
            messages={messages}
          />
          {challenge.requiredAttributes.map((name) => (
            <Field key={name} label={attributeLabel(name, messages)}>
              {(control) => (
                <input
                  {...control}
                  name={name}
                  required
                  autoComplete={
                    name === "given_name" ? "given-name" : name === "family_name" ? "family-name" : undefined
                  }
                  value={attributes[name] ?? ""}
                  onChange={(event) =>
                    setAttributes((current) => ({ ...current, [name]: event.target.value }))
                  }
                />
              )}
            </Field>
          ))}
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["newPassword.submit"]}
          </Button>
        </>
      )}
    </ChallengeLayout>
  );
}
