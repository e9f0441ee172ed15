"use client";
import { useState } from "react";
import { passwordEn } from "../../i18n/en/password";
import { ChallengeLayout } from "../ChallengeLayout";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export interface PasswordChallengeProps extends ChallengeProps<"PASSWORD"> {
  /** Shows "Forgot password?", which calls this. */
  onForgotPassword?: (() => void) | undefined;
}

/** PASSWORD: the user's password, after choosing it or when it is the only first factor. */
export function PasswordChallenge({
  onAnswer,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
  onForgotPassword,
}: PasswordChallengeProps) {
  const messages = useMessages(overrides, passwordEn);
  const [password, setPassword] = useState("");
  const [tried, setTried] = useState(false);
  return (
    <ChallengeLayout
      name="PASSWORD"
      title={messages["password.title"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => {
        setTried(true);
        if (!password) return false;
        void onAnswer({ password });
      }}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["common.submit"]}
          </Button>
          {onForgotPassword ? (
            <Button variant="link" disabled={pending} onClick={() => onForgotPassword()}>
              {messages["signIn.forgotPassword"]}
            </Button>
          ) : null}
        </>
      }
    >
      {(errorId) => (
        <PasswordField
          label={messages["password.label"]}
          name="password"
          autoComplete="current-password"
          errorId={errorId}
          error={tried && !password ? messages["common.passwordRequired"] : undefined}
          value={password}
          onValueChange={setPassword}
          messages={messages}
        />
      )}
    </ChallengeLayout>
  );
}
