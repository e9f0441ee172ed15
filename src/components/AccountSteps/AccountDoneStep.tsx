"use client";
import type { Messages } from "../../i18n/en";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";

export interface AccountDoneStepProps {
  /** The step's name, for `data-challenge` and tests. */
  name: string;
  title: string;
  /** What is done, said with a tick and announced. */
  text: string;
  /** A sign-in goes on from here: the step is busy, with no button, until it moves on. */
  signingIn: boolean;
  /** "Back to sign in" as the primary action, where the app gave one and nothing signs in. */
  onBack: (() => void) | undefined;
  backLabel: string;
  messages: Partial<Messages> | undefined;
}

/** The last step of an account journey: done, then either signing in or "Back to sign in". */
export function AccountDoneStep({
  name,
  title,
  text,
  signingIn,
  onBack,
  backLabel,
  messages,
}: AccountDoneStepProps) {
  return (
    <ChallengeLayout
      name={name}
      title={title}
      messages={messages}
      pending={signingIn}
      actions={
        onBack && !signingIn ? (
          <Button variant="primary" onClick={onBack}>
            {backLabel}
          </Button>
        ) : null
      }
    >
      {() => <Done slot="success">{text}</Done>}
    </ChallengeLayout>
  );
}
