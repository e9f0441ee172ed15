"use client";
import type { ChallengeOf } from "../../core/challenges";
import type { Messages } from "../../i18n/en";
import { unsupportedEn } from "../../i18n/en/unsupported";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";

export interface UnsupportedChallengeProps {
  /** The challenge this library could not show (an unknown name, or parameters it could not read). */
  challenge: ChallengeOf<"UNSUPPORTED">;
  /** Starts the sign-in again. */
  onRestart: () => void;
  messages?: Partial<Messages>;
  className?: string;
  autoFocus?: boolean;
}

/** An unknown or unreadable challenge: says so, names it, and offers to start again. Never a blank. */
export function UnsupportedChallenge({
  challenge,
  onRestart,
  messages: overrides,
  className,
  autoFocus,
}: UnsupportedChallengeProps) {
  const messages = useMessages(overrides, unsupportedEn);
  return (
    <ChallengeLayout
      name="UNSUPPORTED"
      title={messages["unsupported.title"]}
      description={format(messages["unsupported.body"], { name: challenge.challengeName })}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      actions={
        <Button variant="primary" onClick={onRestart}>
          {messages["signIn.restart"]}
        </Button>
      }
    />
  );
}
