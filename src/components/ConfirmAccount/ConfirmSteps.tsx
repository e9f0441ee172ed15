"use client";
import type { UseAccountConfirmationResult } from "../../hooks/useAccountConfirmation";
import { accountEn } from "../../i18n/en/account";
import { confirmEn } from "../../i18n/en/confirm";
import {
  AccountCodeStep,
  AccountDoneStep,
  type AccountStepsProps,
  accountCodeText,
  BackToSignIn,
  CodeChoiceStep,
} from "../AccountSteps";
import { useMessages } from "../useMessages";

const accountAndConfirmEn = { ...accountEn, ...confirmEn };

export interface ConfirmStepsProps extends AccountStepsProps {
  /** The confirmation, from `useAccountConfirmation`. */
  confirmation: UseAccountConfirmationResult;
}

/**
 * The steps of confirming an account: what is missing, with the choice to send a code or use the one
 * the sign-up sent (unconfirmed); the code (code); done. Every step has a way back; every error stays on
 * its step with a way on.
 */
export function ConfirmSteps({
  confirmation,
  onBack,
  signingIn = false,
  resendCooldownSeconds = 30,
  codeLength = 6,
  messages: overrides,
}: ConfirmStepsProps) {
  const messages = useMessages(overrides, accountAndConfirmEn);
  const back = <BackToSignIn onBack={onBack} label={messages["account.backToSignIn"]} />;
  const { status, delivery, error, pending } = confirmation;

  if (status === "done")
    return (
      <AccountDoneStep
        name="CONFIRM_DONE"
        title={messages["confirm.doneTitle"]}
        text={messages[signingIn ? "confirm.signingIn" : "confirm.done"]}
        signingIn={signingIn}
        onBack={onBack}
        backLabel={messages["account.backToSignIn"]}
        messages={overrides}
      />
    );
  if (status === "code")
    return (
      <AccountCodeStep
        name="CONFIRM_CODE"
        title={messages["code.title"]}
        description={accountCodeText(delivery, messages, "confirm")}
        error={error}
        pending={pending}
        labels={messages}
        errorMessages={overrides}
        submitLabel={messages["confirm.submit"]}
        sent={delivery !== undefined}
        resends={confirmation.resends}
        onResend={() => void confirmation.sendCode()}
        resendCooldownSeconds={resendCooldownSeconds}
        codeLength={codeLength}
        onSubmit={(code) => void confirmation.confirm(code)}
        back={back}
      />
    );
  return (
    <CodeChoiceStep
      name="CONFIRM_ACCOUNT"
      title={messages["confirm.title"]}
      description={messages["confirm.intro"]}
      error={error}
      pending={pending}
      errorMessages={overrides}
      labels={messages}
      onSend={() => void confirmation.sendCode()}
      onHaveCode={() => confirmation.haveCode()}
      back={back}
    />
  );
}
