"use client";
import type { ChallengeProps } from "../types";
import { PasswordStep } from "./PasswordStep";

export interface PasswordChallengeProps extends ChallengeProps<"PASSWORD"> {
  /** Shows "Forgot password?", which calls this. */
  onForgotPassword?: (() => void) | undefined;
}

/** PASSWORD: the user's password, after choosing it or when it is the only first factor. */
export function PasswordChallenge({ onAnswer, ...step }: PasswordChallengeProps) {
  return <PasswordStep {...step} name="PASSWORD" onPassword={(password) => void onAnswer({ password })} />;
}
