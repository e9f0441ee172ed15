"use client";
import { codeEn } from "../../i18n/en/code";
import { CodeChallenge, type CodeOptions, deliveryText } from "../CodeChallenge";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type EmailOtpChallengeProps = ChallengeProps<"EMAIL_OTP"> & CodeOptions;

/** EMAIL_OTP: a code sent by email, as the first factor or as email MFA. Shows the masked destination. */
export function EmailOtpChallenge({ challenge, onAnswer, ...rest }: EmailOtpChallengeProps) {
  const messages = useMessages(rest.messages, codeEn);
  return (
    <CodeChallenge
      {...rest}
      name="EMAIL_OTP"
      description={deliveryText(challenge.delivery, messages)}
      onCode={(code) => onAnswer({ code })}
    />
  );
}
