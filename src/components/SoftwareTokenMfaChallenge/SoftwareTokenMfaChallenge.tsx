"use client";
import { codeEn } from "../../i18n/en/code";
import { format } from "../../i18n/format";
import { CodeChallenge, type CodeOptions } from "../CodeChallenge";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type SoftwareTokenMfaChallengeProps = ChallengeProps<"SOFTWARE_TOKEN_MFA"> &
  Omit<CodeOptions, "onResend" | "resendCooldownSeconds">;

/** SOFTWARE_TOKEN_MFA: a code from the user's authenticator app, naming the device when Cognito knows it. */
export function SoftwareTokenMfaChallenge({ challenge, onAnswer, ...rest }: SoftwareTokenMfaChallengeProps) {
  const messages = useMessages(rest.messages, codeEn);
  const device = challenge.friendlyDeviceName;
  return (
    <CodeChallenge
      {...rest}
      name="SOFTWARE_TOKEN_MFA"
      description={
        device ? format(messages["totp.instructionsDevice"], { device }) : messages["totp.instructions"]
      }
      onCode={(code) => onAnswer({ code })}
    />
  );
}
