"use client";
import { useState } from "react";
import { passwordEn } from "../../i18n/en/password";
import { ChallengeLayout } from "../ChallengeLayout";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

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
  const messages = useMessages(overrides, passwordEn);
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
          <PasswordField
            label={messages["password.label"]}
            name="password"
            autoComplete="current-password"
            errorId={errorId}
            value={password}
            onValueChange={setPassword}
            messages={messages}
          />
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["common.submit"]}
          </Button>
        </>
      )}
    </ChallengeLayout>
  );
}
