"use client";
import { type ReactNode, useState } from "react";
import type { Messages } from "../../i18n/en";
import { passwordEn } from "../../i18n/en/password";
import { ChallengeLayout } from "../ChallengeLayout";
import { PasswordField } from "../PasswordField";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";

export interface PasswordStepProps {
  /** The step's name, for `data-challenge`: PASSWORD, or SELECT_CHALLENGE once the password is chosen. */
  name: string;
  /** Called with the password, once one is typed. */
  onPassword: (password: string) => void;
  /** Shows "Forgot password?", which calls this. */
  onForgotPassword?: (() => void) | undefined;
  /** A way back after the actions (SELECT_CHALLENGE's "Back" to the choices). */
  back?: ReactNode;
  /** Said under the title as the step shows, and announced (SELECT_CHALLENGE's "no passkey now"). */
  notice?: string | undefined;
  pending?: boolean | undefined;
  error?: unknown;
  messages?: Partial<Messages> | undefined;
  className?: string | undefined;
  autoFocus?: boolean | undefined;
}

/** The step that asks for the user's password: PASSWORD, and SELECT_CHALLENGE's password. */
export function PasswordStep({
  name,
  onPassword,
  onForgotPassword,
  back,
  notice,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: PasswordStepProps) {
  const messages = useMessages(overrides, passwordEn);
  const [password, setPassword] = useState("");
  const [tried, setTried] = useState(false);
  return (
    <ChallengeLayout
      name={name}
      title={messages["password.title"]}
      description={notice}
      announceDescription={notice !== undefined}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => {
        setTried(true);
        if (!password) return false;
        onPassword(password);
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
          {back}
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
