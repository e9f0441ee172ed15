"use client";
import { codeEn } from "../../i18n/en/code";
import { CodeChallenge, type CodeOptions, deliveryText } from "../CodeChallenge";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type EmailMfaChallengeProps = ChallengeProps<"EMAIL_MFA"> & CodeOptions;

/** EMAIL_MFA: a code sent by email after the password (EMAIL_MFA, as the seed names it). Shows the masked destination. */
export function EmailMfaChallenge({ challenge, onAnswer, ...rest }: EmailMfaChallengeProps) {
  const messages = useMessages(rest.messages, codeEn);
  return (
    <CodeChallenge
      {...rest}
      name="EMAIL_MFA"
      description={deliveryText(challenge.delivery, messages)}
      onCode={(code) => onAnswer({ code })}
    />
  );
}
