/**
 * Checks a new passkey the way a relying party must (WebAuthn Level 3, "Registering a new credential"):
 * clientDataJSON's type, challenge and origin; the attestation object's authenticator data (the relying
 * party's hash, user presence, the attested credential and its COSE key); and its statement, for the
 * "none" and "packed" formats (self attestation verified with the new key; a certificate chain is taken
 * as given, *unverified*, as Cognito asks for no attestation). Only ES256 keys (P-256), which every
 * browser's platform authenticator and Chromium's virtual one make; others are refused as unsupported.
 */
import { type Cbor, decodeCbor } from "./cbor";
import { base64url } from "./tokens";
import { derToRaw, fromBase64url, sha256 } from "./webauthn";

/** What the fake keeps of a new passkey. */
export interface VerifiedRegistration {
  credentialId: string;
  publicKeyJwk: JsonWebKey;
  /** The authenticator's model (AAGUID), all zeros when it does not say. */
  aaguid: string;
}

/** Why a registration was refused, as Cognito's exceptions tell it. */
export type RegistrationRefusal = "challenge" | "origin" | "relyingParty" | "unsupported" | "malformed";

/** An origin that may register for `rpId`: the relying party or a subdomain, over https (http on localhost). */
export function originAllowed(origin: unknown, rpId: string): boolean {
  if (typeof origin !== "string") return false;
  try {
    const url = new URL(origin);
    const host = url.hostname;
    const secure = url.protocol === "https:" || (url.protocol === "http:" && host === "localhost");
    return secure && (host === rpId || host.endsWith(`.${rpId}`));
  } catch {
    return false;
  }
}

const field = (map: Cbor, key: Cbor): Cbor => (map instanceof Map ? map.get(key) : undefined);
const bytes = (value: Cbor): Uint8Array | undefined => (value instanceof Uint8Array ? value : undefined);

/** An ES256 COSE key (kty EC2, alg -7, crv P-256) as a JWK; undefined for any other key. */
function jwkOf(cose: Cbor): JsonWebKey | undefined {
  const x = bytes(field(cose, -2));
  const y = bytes(field(cose, -3));
  if (field(cose, 1) !== 2 || field(cose, 3) !== -7 || field(cose, -1) !== 1) return undefined;
  if (x?.length !== 32 || y?.length !== 32) return undefined;
  return { kty: "EC", crv: "P-256", x: base64url(x), y: base64url(y), ext: true };
}

async function verifies(jwk: JsonWebKey, signature: Uint8Array, signed: Uint8Array): Promise<boolean> {
  const raw = derToRaw(signature);
  if (!raw) return false;
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "ECDSA", namedCurve: "P-256" }, false, [
    "verify",
  ]);
  return crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    raw as BufferSource,
    signed as BufferSource,
  );
}

type Outcome = { ok: true; value: VerifiedRegistration } | { ok: false; reason: RegistrationRefusal };

/** Checks RegistrationResponseJSON against the challenge the fake issued for it. */
export async function verifyRegistration(
  credential: unknown,
  challenge: string,
  rpId: string,
): Promise<Outcome> {
  const refuse = (reason: RegistrationRefusal): Outcome => ({ ok: false, reason });
  try {
    const { id, response } = (credential ?? {}) as {
      id?: unknown;
      response?: { clientDataJSON?: unknown; attestationObject?: unknown };
    };
    if (typeof id !== "string" || typeof response?.clientDataJSON !== "string") return refuse("malformed");
    if (typeof response.attestationObject !== "string") return refuse("malformed");
    const clientDataBytes = fromBase64url(response.clientDataJSON);
    const clientData = JSON.parse(new TextDecoder().decode(clientDataBytes)) as Record<string, unknown>;
    if (clientData.type !== "webauthn.create") return refuse("malformed");
    if (clientData.challenge !== challenge) return refuse("challenge");
    if (!originAllowed(clientData.origin, rpId)) return refuse("origin");

    const attestation = decodeCbor(fromBase64url(response.attestationObject)).value;
    const authData = bytes(field(attestation, "authData"));
    if (!authData || authData.length < 55) return refuse("malformed");
    const rpIdHash = await sha256(new TextEncoder().encode(rpId));
    if (rpIdHash.some((byte, index) => authData[index] !== byte)) return refuse("relyingParty");
    const flags = authData[32] ?? 0;
    // User present, and attested credential data included.
    if ((flags & 0x01) === 0 || (flags & 0x40) === 0) return refuse("malformed");
    const aaguid = authData.subarray(37, 53);
    const idLength = ((authData[53] ?? 0) << 8) | (authData[54] ?? 0);
    const credentialId = authData.subarray(55, 55 + idLength);
    if (credentialId.length !== idLength || base64url(credentialId) !== id) return refuse("malformed");
    const cose = decodeCbor(authData.subarray(55 + idLength)).value;
    const publicKeyJwk = jwkOf(cose);
    if (!publicKeyJwk) return refuse("unsupported");

    const format = field(attestation, "fmt");
    const statement = field(attestation, "attStmt");
    if (format === "packed") {
      const signature = bytes(field(statement, "sig"));
      if (field(statement, "alg") !== -7 || !signature) return refuse("unsupported");
      // Self attestation: signed with the new key itself. A certificate chain is not checked.
      if (field(statement, "x5c") === undefined) {
        const signed = new Uint8Array([...authData, ...(await sha256(clientDataBytes))]);
        if (!(await verifies(publicKeyJwk, signature, signed))) return refuse("malformed");
      }
    } else if (format !== "none" || !(statement instanceof Map) || statement.size > 0) {
      return refuse("unsupported");
    }
    const hex = [...aaguid].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return { ok: true, value: { credentialId: id, publicKeyJwk, aaguid: hex } };
  } catch {
    return refuse("malformed");
  }
}
