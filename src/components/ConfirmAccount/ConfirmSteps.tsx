"use client";
import type { UseAccountConfirmationResult } from "../../hooks/useAccountConfirmation";
import type { Messages } from "../../i18n/en";
import { accountEn } from "../../i18n/en/account";
import { confirmEn } from "../../i18n/en/confirm";
import { AccountCodeStep, AccountDoneStep, BackToSignIn, CodeChoiceStep } from "../AccountSteps";
import { describeDelivery } from "../CodeChallenge/deliveryText";
import { useMessages } from "../useMessages";

const accountAndConfirmEn = { ...accountEn, ...confirmEn };

export interface ConfirmStepsProps {
  /** The confirmation, from `useAccountConfirmation`. */
  confirmation: UseAccountConfirmationResult;
  /** "Back to sign in" on every step. */
  onBack?: () => void;
  /** The confirmed account is signing in (inside <SignIn>): the last step says so while it does. */
  signingIn?: boolean;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number;
  /** Digits in a confirmation code. Default 6. */
  codeLength?: number;
  messages?: Partial<Messages>;
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
        description={
          delivery
            ? describeDelivery(delivery.deliveryMedium, delivery.destination, {
                byEmail: messages["confirm.sentByEmail"],
                bySms: messages["confirm.sentBySms"],
                somewhere: messages["confirm.sentSomewhere"],
              })
            : messages["confirm.ownCode"]
        }
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
