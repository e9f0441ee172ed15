/**
 * What a user can really choose between. The store and the screens read choices the same way, so that
 * a choice with one option is made for the user in one place and never shown as a screen with one button.
 */
import type { FirstFactor, MfaType } from "../names";

/**
 * SELECT_CHALLENGE's factors as a person sees them: PASSWORD_SRP is the password too (the flow proves it
 * by SRP where it can), so it is one choice with PASSWORD, never two.
 */
export function firstFactorChoices(available: readonly FirstFactor[]): FirstFactor[] {
  const seen = available.map((factor) => (factor === "PASSWORD_SRP" ? "PASSWORD" : factor));
  return seen.filter((factor, index) => seen.indexOf(factor) === index);
}

/**
 * MFA_SETUP's methods that can be set up during a sign-in. SMS cannot: it needs a verified phone number
 * on the account, which only the app (or an administrator) can add.
 */
export function settableMfa(offered: readonly MfaType[]): Exclude<MfaType, "SMS_MFA">[] {
  return offered.filter((type): type is Exclude<MfaType, "SMS_MFA"> => type !== "SMS_MFA");
}
