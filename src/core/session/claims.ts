/**
 * What the browser may read from Cognito's tokens: their claims, decoded but NOT verified. Anyone can
 * make a token with any claims; a server that trusts one must verify its signature against the pool's
 * JWKS (aws-jwt-verify does). Here the claims only drive the UI and the refresh timing.
 */

/** The signed-in user as the tokens describe them. */
export interface SessionClaims {
  /** The user's stable id (a UUID), not the username. */
  sub: string;
  username: string;
  email: string | undefined;
  /** `cognito:groups`, empty when the user is in none. */
  groups: string[];
  /** When the access token expires, in milliseconds since the epoch. */
  accessTokenExpiresAt: number;
  /** When the user signed in (`auth_time`), in milliseconds since the epoch; refreshes keep it. */
  authTime: number | undefined;
}

/**
 * A token is anyone's JSON: a claim named `__proto__` or `constructor` stays out, so that copying the
 * claims can never give an object a prototype or a constructor of the token's choosing.
 */
function dropPrototypeKeys(key: string, value: unknown): unknown {
  return key === "__proto__" || key === "constructor" ? undefined : value;
}

/**
 * Tokens that a session cannot hold: an access token that is no JWT with `sub` and `exp` (from a sign-in
 * handed to it, or a refresh's answer). Stored or posted tokens like that are ignored instead.
 */
export class InvalidTokenError extends Error {
  override readonly name = "InvalidTokenError" as const;
  /** Where the tokens came from. */
  readonly source: "signIn" | "refresh";
  constructor(source: "signIn" | "refresh") {
    super(
      `The ${source === "signIn" ? "sign-in's" : "refreshed"} access token is not a JWT with sub and exp.`,
    );
    this.source = source;
  }
}

/** The payload of a JWT, or undefined for anything that is not one. Never checks the signature. */
export function decodeJwt(token: string): Record<string, unknown> | undefined {
  // Typed as a string, but tokens come from storage, other tabs and apps' own code: anything may arrive.
  const payload = typeof token === "string" ? token.split(".")[1] : undefined;
  if (!payload) return undefined;
  try {
    const binary = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json, dropPrototypeKeys);
    return typeof claims === "object" && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const seconds = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? value * 1000 : undefined;

/** A token's lifetime from `iat` to `exp`, in milliseconds; undefined when it says neither. */
export function lifetimeMs(token: string | undefined): number | undefined {
  const claims = token === undefined ? undefined : decodeJwt(token);
  const issued = seconds(claims?.iat);
  const expires = seconds(claims?.exp);
  return issued === undefined || expires === undefined ? undefined : expires - issued;
}

/**
 * The claims of a session from its access token (and ID token, for the email); undefined when the
 * access token is no JWT with `sub` and `exp`.
 */
export function sessionClaims(accessToken: string, idToken?: string): SessionClaims | undefined {
  const access = decodeJwt(accessToken);
  const id = idToken === undefined ? undefined : decodeJwt(idToken);
  const sub = text(access?.sub);
  const exp = seconds(access?.exp);
  if (!access || sub === undefined || exp === undefined) return undefined;
  const groups = access["cognito:groups"];
  return {
    sub,
    username: text(access.username) ?? text(id?.["cognito:username"]) ?? sub,
    email: text(id?.email),
    groups: Array.isArray(groups) ? groups.filter((group): group is string => typeof group === "string") : [],
    accessTokenExpiresAt: exp,
    authTime: seconds(access.auth_time),
  };
}
