"use client";
// What <SignUp> shows after its form: the confirmation by code or by link, "signing you in" while the
// new account is handed to the sign-in, and "confirmed" when there is no sign-in to hand to. Loaded as
// the form goes out; values only, nothing of the first load's runtime (ARCHITECTURE.md).
import { useState } from "react";
import type { UseSignUpResult } from "../../hooks/useSignUp";
import type { Messages } from "../../i18n/en";
import { accountEn } from "../../i18n/en/account";
import { signUpLaterEn } from "../../i18n/en/signUpLater";
import { format } from "../../i18n/format";
import { AccountCodeStep, AccountDoneStep } from "../AccountSteps";
import { ChallengeLayout } from "../ChallengeLayout";
import type { CodeOptions } from "../CodeChallenge";
import { describeDelivery } from "../CodeChallenge/deliveryText";
import { Button } from "../primitives/Button";
import { useCooldown } from "../primitives/useCooldown";
import { useMessages } from "../useMessages";

const laterEn = { ...accountEn, ...signUpLaterEn };

export interface SignUpStepProps {
  journey: UseSignUpResult;
  codeOptions: Omit<CodeOptions, "onResend"> | undefined;
  messages: Partial<Messages> | undefined;
}

/** The step for the sign-up's state after the form. */
export function SignUpStep({ journey, codeOptions, messages: overrides }: SignUpStepProps) {
  const messages = useMessages(overrides, laterEn);
  const { status, delivery, error, pending } = journey;
  const cooldown = codeOptions?.resendCooldownSeconds ?? 30;
  const startAgain = (
    <Button variant="link" disabled={pending} onClick={journey.restart}>
      {messages["signUp.startAgain"]}
    </Button>
  );
  if (status === "code")
    return (
      <AccountCodeStep
        name="SIGN_UP_CODE"
        title={messages["code.title"]}
        description={describeDelivery(delivery?.deliveryMedium, delivery?.destination, {
          byEmail: messages["signUp.codeByEmail"],
          bySms: messages["signUp.codeBySms"],
          somewhere: messages["signUp.codeSomewhere"],
        })}
        error={error}
        pending={pending}
        labels={messages}
        errorMessages={overrides}
        submitLabel={messages["signUp.confirm"]}
        sent={delivery !== undefined}
        resends={journey.resends}
        onResend={() => void journey.resendCode()}
        resendCooldownSeconds={cooldown}
        codeLength={codeOptions?.codeLength ?? 6}
        onSubmit={(code) => void journey.confirm(code)}
        back={startAgain}
      />
    );
  if (status === "link")
    return (
      <LinkStep
        journey={journey}
        messages={messages}
        overrides={overrides}
        cooldown={cooldown}
        back={startAgain}
      />
    );
  return (
    <AccountDoneStep
      name="SIGN_UP_DONE"
      title={messages["signUp.doneTitle"]}
      text={messages[status === "signIn" ? "signUp.signingIn" : "signUp.done"]}
      signingIn={status === "signIn"}
      onBack={undefined}
      backLabel={messages["account.backToSignIn"]}
      messages={overrides}
    />
  );
}

function LinkStep({
  journey,
  messages,
  overrides,
  cooldown: cooldownSeconds,
  back,
}: {
  journey: UseSignUpResult;
  messages: ReturnType<typeof useMessages<typeof laterEn>>;
  overrides: Partial<Messages> | undefined;
  cooldown: number;
  back: React.ReactNode;
}) {
  const { delivery, error, pending, resends } = journey;
  const [cooldown, restartCooldown] = useCooldown(cooldownSeconds, delivery !== undefined);
  const [said, setSaid] = useState(resends);
  return (
    <ChallengeLayout
      name="SIGN_UP_LINK"
      title={messages["signUp.linkTitle"]}
      description={`${describeDelivery(delivery?.deliveryMedium, delivery?.destination, {
        byEmail: messages["signUp.linkSent"],
        bySms: messages["signUp.linkSent"],
        somewhere: messages["signUp.linkSentSomewhere"],
      })}${journey.waiting ? ` ${messages["signUp.linkWaiting"]}` : ""}`}
      error={error}
      pending={pending}
      messages={overrides}
      status={resends > said ? messages["signUp.linkResent"] : null}
      actions={
        <>
          <Button variant="primary" pending={pending} onClick={() => void journey.checkLink()}>
            {messages["signUp.linkConfirmed"]}
          </Button>
          <Button
            variant="link"
            disabled={cooldown > 0 || pending}
            onClick={() => {
              setSaid(resends);
              restartCooldown();
              void journey.resendCode();
            }}
          >
            {cooldown > 0
              ? format(messages["signUp.resendLinkIn"], { seconds: cooldown })
              : messages["signUp.resendLink"]}
          </Button>
          {back}
        </>
      }
    />
  );
}
