"use client";
import type { UseAccountConfirmationResult } from "../../hooks/useAccountConfirmation";
import type { Messages } from "../../i18n/en";
import { accountEn } from "../../i18n/en/account";
import { confirmEn } from "../../i18n/en/confirm";
import { AccountCodeStep } from "../AccountCodeStep";
import { ChallengeLayout } from "../ChallengeLayout";
import { describeDelivery } from "../CodeChallenge/deliveryText";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";
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
  const back = onBack ? (
    <Button variant="link" onClick={onBack}>
      {messages["account.backToSignIn"]}
    </Button>
  ) : null;
  const { status, delivery, error, pending } = confirmation;

  if (status === "done")
    return (
      <ChallengeLayout
        name="CONFIRM_DONE"
        title={messages["confirm.doneTitle"]}
        messages={overrides}
        pending={signingIn}
        actions={
          onBack && !signingIn ? (
            <Button variant="primary" onClick={onBack}>
              {messages["account.backToSignIn"]}
            </Button>
          ) : null
        }
      >
        {() => <Done slot="success">{messages[signingIn ? "confirm.signingIn" : "confirm.done"]}</Done>}
      </ChallengeLayout>
    );
  if (status === "code")
    return (
      <AccountCodeStep
        name="CONFIRM_CODE"
        title={messages["account.codeTitle"]}
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
    <ChallengeLayout
      name="CONFIRM_ACCOUNT"
      title={messages["confirm.title"]}
      description={messages["confirm.intro"]}
      error={error}
      pending={pending}
      messages={overrides}
      onSubmit={() => void confirmation.sendCode()}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["account.send"]}
          </Button>
          <Button variant="link" disabled={pending} onClick={() => confirmation.haveCode()}>
            {messages["account.haveCode"]}
          </Button>
          {back}
        </>
      }
    />
  );
}
