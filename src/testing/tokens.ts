/**
 * Tokens the fake issues: JWT-shaped so apps can decode their claims as they would Cognito's, but signed
 * with random bytes (nothing here is meant to be verified by anyone but the fake itself).
 */
import { decodeJwt } from "../core/session/claims";

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function encodeJson(value: unknown): string {
  return base64url(new TextEncoder().encode(JSON.stringify(value)));
}

export function randomId(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function jwt(claims: Record<string, unknown>): string {
  return `${encodeJson({ alg: "RS256", kid: "fake-cognito", typ: "JWT" })}.${encodeJson(claims)}.${randomId(64)}`;
}

/** Reads the claims of a JWT without checking it; `undefined` for anything that is not one. */
export const readClaims: (token: string) => Record<string, unknown> | undefined = decodeJwt;

export { base64url };
