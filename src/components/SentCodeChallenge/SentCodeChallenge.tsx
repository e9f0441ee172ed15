"use client";
import type { JSX } from "react";
import { codeEn } from "../../i18n/en/code";
import { CodeChallenge, type CodeOptions, deliveryText } from "../CodeChallenge";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

/** The challenges answered with a code Cognito sent: by text message or email, as MFA or first factor. */
export type SentCodeChallengeName = "SMS_MFA" | "EMAIL_MFA" | "SMS_OTP" | "EMAIL_OTP";

export type SentCodeChallengeProps<Name extends SentCodeChallengeName = SentCodeChallengeName> =
  ChallengeProps<Name> & CodeOptions;

/**
 * A code Cognito sent: SMS_MFA (by text message after the password), EMAIL_MFA (by email after the
 * password), SMS_OTP and EMAIL_OTP (as the first factor of a choice-based sign-in). One screen for the
 * four: it shows the masked destination, and takes the code.
 */
export function SentCodeChallenge({ challenge, onAnswer, ...rest }: SentCodeChallengeProps) {
  const messages = useMessages(rest.messages, codeEn);
  return (
    <CodeChallenge
      {...rest}
      name={challenge.name}
      description={deliveryText(challenge.delivery, messages)}
      onCode={(code) => onAnswer({ code })}
    />
  );
}

// The four challenges' own names, kept: each is the one screen.
export type SmsMfaChallengeProps = SentCodeChallengeProps<"SMS_MFA">;
export type EmailMfaChallengeProps = SentCodeChallengeProps<"EMAIL_MFA">;
export type SmsOtpChallengeProps = SentCodeChallengeProps<"SMS_OTP">;
export type EmailOtpChallengeProps = SentCodeChallengeProps<"EMAIL_OTP">;
/** SMS_MFA: a code sent by text message after the password (`SentCodeChallenge`). */
export const SmsMfaChallenge: (props: SmsMfaChallengeProps) => JSX.Element = SentCodeChallenge;
/** EMAIL_MFA: a code sent by email after the password (`SentCodeChallenge`). */
export const EmailMfaChallenge: (props: EmailMfaChallengeProps) => JSX.Element = SentCodeChallenge;
/** SMS_OTP: a code sent by text message as the first factor (`SentCodeChallenge`). */
export const SmsOtpChallenge: (props: SmsOtpChallengeProps) => JSX.Element = SentCodeChallenge;
/** EMAIL_OTP: a code sent by email, as the first factor (`SentCodeChallenge`). */
export const EmailOtpChallenge: (props: EmailOtpChallengeProps) => JSX.Element = SentCodeChallenge;
