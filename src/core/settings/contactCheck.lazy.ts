/**
 * Whether a user just signed in should be asked to verify a contact (`checkContact`): loaded on demand
 * by the check an app passes (`contactCheck()`, from /settings), so that an app without it bundles none
 * of it. It reads the ID token the sign-in was given, so a user whose contacts are fine costs no call.
 */
import { decodeJwt } from "../session/claims";
import type { ContactAttribute } from "./contacts";

const CLAIMS = { email: "email_verified", phone_number: "phone_number_verified" } as const;

/**
 * True when none of `attributes` (default: email and phone number) is verified, by the ID token's
 * `email_verified` and `phone_number_verified` (true, or "true" as some pools' tokens have it). Without
 * an ID token that can be read, the answer is false: the check is a courtesy, never a wall.
 */
export function needsContact(
  idToken: string | undefined,
  attributes: readonly ContactAttribute[] = ["email", "phone_number"],
): boolean {
  const claims = idToken ? decodeJwt(idToken) : undefined;
  if (!claims) return false;
  return !attributes.some((attribute) => String(claims[CLAIMS[attribute]]) === "true");
}
