"use client";
import { useMemo, useState } from "react";
import type { UsePasswordResetResult } from "../../hooks/usePasswordReset";
import type { Messages } from "../../i18n/en";
import { accountEn } from "../../i18n/en/account";
import { newPasswordEn } from "../../i18n/en/newPassword";
import { resetEn } from "../../i18n/en/reset";
import {
  AccountCodeStep,
  AccountDoneStep,
  type AccountStepsProps,
  accountCodeText,
  BackToSignIn,
  CodeChoiceStep,
} from "../AccountSteps";
import { NewPasswordField } from "../NewPasswordChallenge/NewPasswordField";
import {
  type PasswordPolicy,
  passwordProblem,
  passwordRules,
  refusedByPolicy,
} from "../NewPasswordChallenge/passwordPolicy";
import { Field } from "../primitives/Field";
import { useMessages } from "../useMessages";

const resetAndRulesEn = { ...accountEn, ...resetEn, ...newPasswordEn };

export interface ResetStepsProps extends AccountStepsProps {
  /** The reset, from `usePasswordReset`. */
  reset: UsePasswordResetResult;
  /** The pool's password rules, shown as the user types and checked before sending. */
  passwordPolicy?: PasswordPolicy | undefined;
}

/**
 * The steps of a password reset: the username (request), Cognito's "a new password is required" with
 * the choice to send a code or use one already sent (required), the code with the new password (code),
 * and done. Every step has a way back; every error stays on its step with a way on.
 */
export function ResetSteps({
  reset,
  passwordPolicy,
  onBack,
  resendCooldownSeconds = 30,
  codeLength = 6,
  signingIn = false,
  messages: overrides,
}: ResetStepsProps) {
  const messages = useMessages(overrides, resetAndRulesEn);
  // A user with no verified email or phone cannot recover alone: said so, as the app words it.
  const stepMessages = useMemo(
    () => ({ ...overrides, "error.InvalidParameterException": messages["reset.noContact"] }),
    [overrides, messages],
  );
  const back = <BackToSignIn onBack={onBack} label={messages["account.backToSignIn"]} />;

  if (reset.status === "done")
    return (
      <AccountDoneStep
        name="RESET_DONE"
        title={messages["reset.doneTitle"]}
        text={messages[signingIn ? "reset.signingIn" : "reset.done"]}
        signingIn={signingIn}
        onBack={onBack}
        backLabel={messages["account.backToSignIn"]}
        messages={overrides}
      />
    );
  if (reset.status === "code")
    return (
      <CodeStep
        reset={reset}
        messages={messages}
        stepMessages={stepMessages}
        passwordPolicy={passwordPolicy}
        resendCooldownSeconds={resendCooldownSeconds}
        codeLength={codeLength}
        back={back}
      />
    );
  if (reset.status === "required")
    return (
      <CodeChoiceStep
        name="RESET_REQUIRED"
        title={messages["reset.requiredTitle"]}
        description={messages["reset.required"]}
        error={reset.error}
        pending={reset.pending}
        errorMessages={stepMessages}
        labels={messages}
        onSend={() => void reset.sendCode()}
        onHaveCode={() => reset.haveCode()}
        back={back}
      />
    );
  return <RequestStep reset={reset} messages={messages} stepMessages={stepMessages} back={back} />;
}

type StepMessages = ReturnType<typeof useMessages<typeof resetAndRulesEn>>;

function RequestStep({
  reset,
  messages,
  stepMessages,
  back,
}: {
  reset: UsePasswordResetResult;
  messages: StepMessages;
  stepMessages: Partial<Messages>;
  back: React.ReactNode;
}) {
  const [username, setUsername] = useState(reset.username);
  const [tried, setTried] = useState(false);
  const missing = !username.trim();
  return (
    <CodeChoiceStep
      name="RESET_REQUEST"
      title={messages["reset.title"]}
      description={messages["reset.intro"]}
      error={reset.error}
      pending={reset.pending}
      errorMessages={stepMessages}
      labels={messages}
      onSend={() => {
        setTried(true);
        if (missing) return false;
        void reset.sendCode(username);
      }}
      onHaveCode={() => {
        setTried(true);
        if (!missing) reset.haveCode(username);
      }}
      fields={(errorId) => (
        <Field
          label={messages["signIn.username"]}
          errorId={errorId}
          error={tried && missing ? messages["signIn.usernameRequired"] : undefined}
        >
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          )}
        </Field>
      )}
      back={back}
    />
  );
}

function CodeStep({
  reset,
  messages,
  stepMessages,
  passwordPolicy,
  resendCooldownSeconds,
  codeLength,
  back,
}: {
  reset: UsePasswordResetResult;
  messages: StepMessages;
  stepMessages: Partial<Messages>;
  passwordPolicy: PasswordPolicy | undefined;
  resendCooldownSeconds: number;
  codeLength: number;
  back: React.ReactNode;
}) {
  const [password, setPassword] = useState("");
  const rules = passwordRules(passwordPolicy, password, messages);
  const problem = passwordProblem(password, rules, {
    required: messages["reset.passwordRequired"],
    unmet: messages["newPassword.unmet"],
  });
  const { delivery } = reset;
  return (
    <AccountCodeStep
      name="RESET_CODE"
      title={messages["code.title"]}
      description={accountCodeText(delivery, messages, "reset")}
      error={reset.error}
      pending={reset.pending}
      labels={messages}
      errorMessages={stepMessages}
      submitLabel={messages["reset.submit"]}
      sent={delivery !== undefined}
      resends={reset.resends}
      onResend={() => void reset.sendCode()}
      resendCooldownSeconds={resendCooldownSeconds}
      codeLength={codeLength}
      onSubmit={(code) => {
        if (problem) return false;
        void reset.confirm(code, password);
      }}
      fields={(errorId, tried) => (
        <NewPasswordField
          label={messages["reset.newPassword"]}
          errorId={errorId}
          error={tried ? problem : undefined}
          value={password}
          onValueChange={setPassword}
          rules={rules}
          refused={refusedByPolicy(reset.error)}
          messages={messages}
        />
      )}
      back={back}
    />
  );
}
