/**
 * Whether a sensitive action needs a fresh sign-in: the access token's `auth_time` (decoded, not
 * verified) against the window the app sets. In a browser-only app this protects an unattended, unlocked
 * device, not the API: Cognito does not check freshness on ChangePassword, DeleteUser and the rest.
 */
import { decodeJwt } from "../session/claims";
import type { StringMap } from "../types";

/** How recent a sign-in must be before a sensitive action, and how to renew it. */
export interface FreshSignInPolicy {
  /** Seconds after a sign-in within which sensitive actions go ahead; after that, the user signs in again. */
  maxAge: number;
  /**
   * Cognito's step-up (USER_AUTH with the access token) for these levels, e.g. `urn:cognito:loa:1`, where
   * the pool supports it (a feature plan with ACR). Left out: the user signs in again as at <SignIn>
   * (a password or a passkey), and the new tokens replace the old.
   */
  targetAcrValues?: string;
}

/** When the token's user proved who they are (`auth_time`), in milliseconds; undefined if it does not say. */
export function signedInAt(accessToken: string): number | undefined {
  const authTime = decodeJwt(accessToken)?.auth_time;
  return typeof authTime === "number" ? authTime * 1000 : undefined;
}

/**
 * Whether an action now needs a fresh sign-in: the last proof (the token's `auth_time`, or a later one
 * made here, `confirmedAt`) is older than `maxAge`. A token that does not say when counts as old.
 */
export function needsFreshSignIn(
  accessToken: string,
  policy: FreshSignInPolicy,
  now: number,
  confirmedAt?: number,
): boolean {
  const last = Math.max(
    signedInAt(accessToken) ?? Number.NEGATIVE_INFINITY,
    confirmedAt ?? Number.NEGATIVE_INFINITY,
  );
  return now - last > policy.maxAge * 1000;
}

/**
 * USER_AUTH's step-up parameters for the signed-in user, as `start()`'s `authParameters`: the current
 * access token, the ACR target, and the policy's window as MAX_AGE (Cognito then answers at once when the
 * sign-in is recent and strong enough). The tokens that follow carry `acr`, `amr` and `auth_time`.
 */
export function stepUpParameters(
  accessToken: string,
  policy: FreshSignInPolicy & { targetAcrValues: string },
): StringMap {
  return {
    ACCESS_TOKEN: accessToken,
    TARGET_ACR_VALUES: policy.targetAcrValues,
    MAX_AGE: String(policy.maxAge),
  };
}
