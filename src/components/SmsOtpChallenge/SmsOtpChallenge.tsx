"use client";
import { codeEn } from "../../i18n/en/code";
import { CodeChallenge, type CodeOptions, deliveryText } from "../CodeChallenge";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type SmsOtpChallengeProps = ChallengeProps<"SMS_OTP"> & CodeOptions;

/** SMS_OTP: a code sent by text message as the first factor (choice-based sign-in). Shows the masked destination. */
export function SmsOtpChallenge({ challenge, onAnswer, ...rest }: SmsOtpChallengeProps) {
  const messages = useMessages(rest.messages, codeEn);
  return (
    <CodeChallenge
      {...rest}
      name="SMS_OTP"
      description={deliveryText(challenge.delivery, messages)}
      onCode={(code) => onAnswer({ code })}
    />
  );
}
