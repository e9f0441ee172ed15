/**
 * The decisions the sign-in makes for the user, so that nobody is shown a choice of one or a dead end.
 * Loaded with the sign-in's later steps (steps.lazy.ts), not with the page: they only matter once
 * Cognito has answered. `answerChallenge` is handed in, since the answers load with the readers.
 */
import type { answerChallenge } from "../answers";
import type { Challenge } from "../challenges";
import type { SignInAuthFlow } from "../names";
import type { RespondToAuthChallengeInput } from "../types";
import { firstFactorChoices, settableMfa } from "./choices";
import type { StartOptions } from "./types";

/**
 * SELECT_CHALLENGE offering one factor other than the password: its answer, sent without asking.
 * A password alone is not answered here: it needs its field (the screen shows it at once).
 */
export function onlyChoiceAnswer(
  challenge: Challenge | undefined,
  answer: typeof answerChallenge,
): RespondToAuthChallengeInput | undefined {
  if (challenge?.name !== "SELECT_CHALLENGE") return undefined;
  const [only, ...others] = firstFactorChoices(challenge.availableChallenges);
  if (others.length > 0 || !only || only === "PASSWORD") return undefined;
  return answer(challenge, { answer: only as "SMS_OTP" | "EMAIL_OTP" | "WEB_AUTHN" });
}

/** MFA_SETUP whose only method a sign-in can set up is the authenticator: its secret is asked for at once. */
export function setsUpOnlyTotp(challenge: Challenge | undefined): string | undefined {
  if (challenge?.name !== "MFA_SETUP") return undefined;
  const methods = settableMfa(challenge.mfasCanSetup);
  return methods.length === 1 && methods[0] === "SOFTWARE_TOKEN_MFA" ? challenge.session : undefined;
}

/**
 * How a code step's code can be sent again: the start that leads back to it, or undefined where
 * Cognito cannot send one (an authenticator code, a custom challenge). A first-factor code: a start that
 * prefers it. An MFA code after a password: a start with the same password, which the store holds.
 */
export function resendStart(
  name: string | undefined,
  passwordSent: boolean,
  heldPassword: string | undefined,
  authFlow: SignInAuthFlow = "USER_AUTH",
): StartOptions | undefined {
  if (!passwordSent)
    return authFlow === "USER_AUTH" && (name === "SMS_OTP" || name === "EMAIL_OTP")
      ? { preferredChallenge: name }
      : undefined;
  if (heldPassword === undefined || authFlow === "CUSTOM_AUTH") return undefined;
  if (name !== "SMS_MFA" && name !== "EMAIL_MFA" && name !== "EMAIL_OTP" && name !== "SMS_OTP")
    return undefined;
  return authFlow === "USER_AUTH"
    ? { password: heldPassword, preferredChallenge: "PASSWORD" }
    : { password: heldPassword };
}
