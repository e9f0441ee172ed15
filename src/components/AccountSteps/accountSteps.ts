import type { CodeDeliveryDetails } from "../../core/types";
import type { Messages } from "../../i18n/en";
import { describeDelivery } from "../CodeChallenge/deliveryText";

/** What the password reset's steps and the confirmation's steps both take. */
export interface AccountStepsProps {
  /** "Back to sign in" on every step; inside <SignIn>, back to the username step. */
  onBack?: (() => void) | undefined;
  /** The journey ends by signing the user in (inside <SignIn>): the last step says so while it does. */
  signingIn?: boolean | undefined;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number | undefined;
  /** Digits in a code. Default 6. */
  codeLength?: number | undefined;
  messages?: Partial<Messages> | undefined;
}

/**
 * The code step's sentence: where the code went (Cognito's masked destination), or, when the user
 * brought a code of their own, where to find it; in the journey's words (`reset.…` or `confirm.…`).
 */
export function accountCodeText<Journey extends "reset" | "confirm">(
  delivery: CodeDeliveryDetails | undefined,
  messages: Pick<Messages, `${Journey}.${"sentByEmail" | "sentBySms" | "sentSomewhere" | "ownCode"}`>,
  journey: Journey,
): string {
  return delivery
    ? describeDelivery(delivery.deliveryMedium, delivery.destination, {
        byEmail: messages[`${journey}.sentByEmail`],
        bySms: messages[`${journey}.sentBySms`],
        somewhere: messages[`${journey}.sentSomewhere`],
      })
    : messages[`${journey}.ownCode`];
}
