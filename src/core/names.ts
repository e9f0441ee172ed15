/**
 * Challenge names and auth flows as the wire spells them. Kept as const lists so that code can both
 * check a name at run time and switch over it exhaustively at compile time.
 */

/**
 * Every challenge Cognito's public sign-in can send. `EMAIL_MFA` is named by the seed documents but not
 * by the SDK's enum; `ADMIN_NO_SRP_AUTH` is left out on purpose: it belongs to server-side admin flows
 * that a browser never runs, so it is treated like any unknown name.
 */
export const CHALLENGE_NAMES = [
  "SELECT_CHALLENGE",
  "PASSWORD",
  "PASSWORD_SRP",
  "PASSWORD_VERIFIER",
  "SMS_OTP",
  "EMAIL_OTP",
  "SMS_MFA",
  "EMAIL_MFA",
  "SOFTWARE_TOKEN_MFA",
  "SELECT_MFA_TYPE",
  "MFA_SETUP",
  "NEW_PASSWORD_REQUIRED",
  "CUSTOM_CHALLENGE",
  "WEB_AUTHN",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
] as const;

/** A challenge name this library knows. */
export type ChallengeName = (typeof CHALLENGE_NAMES)[number];

declare const unknownChallenge: unique symbol;
/**
 * A challenge name this library does not know (Cognito adds names over time). It is branded, not plain
 * `string`, so that `ChallengeName | UnknownChallengeName` keeps exhaustive switches honest: the default
 * branch must handle the unknown name rather than assume `never`.
 */
export type UnknownChallengeName = string & { readonly [unknownChallenge]: true };

/** True for the names this library knows. */
export function isKnownChallengeName(name: string): name is ChallengeName {
  return (CHALLENGE_NAMES as readonly string[]).includes(name);
}

/** The first factors that USER_AUTH (choice-based sign-in) can offer or be asked for. */
export const FIRST_FACTORS = ["PASSWORD", "PASSWORD_SRP", "SMS_OTP", "EMAIL_OTP", "WEB_AUTHN"] as const;
export type FirstFactor = (typeof FIRST_FACTORS)[number];

/** The MFA types SELECT_MFA_TYPE can offer. */
export const MFA_TYPES = ["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"] as const;
export type MfaType = (typeof MFA_TYPES)[number];

/** The auth flows a public (browser) client can start with InitiateAuth. */
export const AUTH_FLOWS = [
  "USER_AUTH",
  "USER_PASSWORD_AUTH",
  "USER_SRP_AUTH",
  "REFRESH_TOKEN_AUTH",
  "REFRESH_TOKEN",
  "CUSTOM_AUTH",
] as const;
export type AuthFlow = (typeof AUTH_FLOWS)[number];

/**
 * The flows a sign-in (`<SignIn>`, `useSignIn`, `createSignIn`) starts with: `AuthFlow` less the refresh
 * flows, which renew tokens rather than sign a person in.
 */
export type SignInAuthFlow = Exclude<AuthFlow, "REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN">;
