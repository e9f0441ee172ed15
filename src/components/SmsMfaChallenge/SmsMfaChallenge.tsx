"use client";
import { codeEn } from "../../i18n/en/code";
import { CodeChallenge, type CodeOptions, deliveryText } from "../CodeChallenge";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type SmsMfaChallengeProps = ChallengeProps<"SMS_MFA"> & CodeOptions;

/** SMS_MFA: a code sent by text message after the password. Shows the masked destination. */
export function SmsMfaChallenge({ challenge, onAnswer, ...rest }: SmsMfaChallengeProps) {
  const messages = useMessages(rest.messages, codeEn);
  return (
    <CodeChallenge
      {...rest}
      name="SMS_MFA"
      description={deliveryText(challenge.delivery, messages)}
      onCode={(code) => onAnswer({ code })}
    />
  );
}
