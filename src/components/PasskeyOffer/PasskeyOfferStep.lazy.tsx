"use client";
import { useMemo } from "react";
import type { Messages } from "../../i18n/en";
import { passkeyErrorsEn } from "../../i18n/en/passkeyErrors";
import { passkeyOfferEn } from "../../i18n/en/passkeyOffer";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";

export interface PasskeyOfferStepProps {
  /** What the sign-in's state says (a request in flight, the last error), and its two ways on. */
  flow: {
    pending: boolean;
    error: unknown;
    createPasskey: () => Promise<void>;
    continueSignIn: () => Promise<void>;
  };
  /** Any strings to replace. */
  messages?: Partial<Messages>;
  className?: string;
  /** Move focus to the step as it shows. Default true. */
  autoFocus?: boolean;
}

/**
 * Once signed in, for a user with no passkey (`offerPasskey`): create one now, or "Not now". Either way
 * the sign-in then completes. A cancelled browser sheet leaves the offer as it was; a refusal is said,
 * with both ways still on screen.
 */
export function PasskeyOfferStep({
  flow,
  messages: overrides,
  className,
  autoFocus = true,
}: PasskeyOfferStepProps) {
  const messages = useMessages(overrides, passkeyOfferEn);
  // A registration's failures are not among the exceptions every step knows: they come with this step.
  const stepMessages = useMemo(() => ({ ...passkeyErrorsEn, ...overrides }), [overrides]);
  return (
    <ChallengeLayout
      name="PASSKEY_OFFER"
      title={messages["passkeyOffer.title"]}
      description={messages["passkeyOffer.description"]}
      error={flow.error}
      pending={flow.pending}
      messages={stepMessages}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => void flow.createPasskey()}
      actions={
        <>
          <Button type="submit" pending={flow.pending} pendingLabel={messages["passkeyOffer.creating"]}>
            {messages["passkeyOffer.create"]}
          </Button>
          {/* Stays usable while the browser is asked: "Not now" then ends that request. */}
          <Button variant="link" onClick={() => void flow.continueSignIn()}>
            {messages["passkeyOffer.skip"]}
          </Button>
        </>
      }
    />
  );
}
