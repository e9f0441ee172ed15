"use client";
import { useState } from "react";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { PasswordInput } from "../primitives/PasswordInput";
import type { ChallengeProps } from "../types";
import { useMessages } from "../UiContext";

export type PasswordChallengeProps = ChallengeProps<"PASSWORD">;

/** PASSWORD: the user's password, after choosing it or when it is the only first factor. */
export function PasswordChallenge({
  onAnswer,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: PasswordChallengeProps) {
  const messages = useMessages(overrides);
  const [password, setPassword] = useState("");
  return (
    <ChallengeLayout
      name="PASSWORD"
      title={messages["password.title"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => password && onAnswer({ password })}
    >
      {(errorId) => (
        <>
          <Field label={messages["password.label"]} errorId={errorId}>
            {(control) => (
              <PasswordInput
                {...control}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                showLabel={messages["common.showPassword"]}
                hideLabel={messages["common.hidePassword"]}
              />
            )}
          </Field>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["common.submit"]}
          </Button>
        </>
      )}
    </ChallengeLayout>
  );
}
