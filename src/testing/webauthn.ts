/**
 * Checks a WebAuthn assertion the way a relying party must: the signed challenge and type in
 * clientDataJSON, the relying-party hash and user-presence flag in authenticatorData, and, when the
 * passkey's public key is known, the ECDSA P-256 signature over authenticatorData || SHA-256(clientData).
 */
import type { FakePasskey } from "./types";

export function fromBase64url(value: string): Uint8Array {
  const base64 = value
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(value.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** WebAuthn signs ECDSA in DER; WebCrypto verifies the raw r||s form. */
export function derToRaw(der: Uint8Array): Uint8Array | undefined {
  if (der[0] !== 0x30) return undefined;
  let offset = 2;
  const parts: Uint8Array[] = [];
  for (let index = 0; index < 2; index += 1) {
    if (der[offset] !== 0x02) return undefined;
    const length = der[offset + 1] ?? 0;
    let part = der.slice(offset + 2, offset + 2 + length);
    while (part.length > 32 && part[0] === 0) part = part.slice(1);
    const padded = new Uint8Array(32);
    padded.set(part, 32 - part.length);
    parts.push(padded);
    offset += 2 + length;
  }
  const raw = new Uint8Array(64);
  raw.set(parts[0] ?? new Uint8Array(32), 0);
  raw.set(parts[1] ?? new Uint8Array(32), 32);
  return raw;
}

interface AssertionJSON {
  id?: unknown;
  response?: { clientDataJSON?: unknown; authenticatorData?: unknown; signature?: unknown };
}

export const sha256 = async (data: Uint8Array) =>
  new Uint8Array(await crypto.subtle.digest("SHA-256", data as BufferSource));

/** True when the credential answers `challenge` with one of the user's passkeys. */
export async function verifyAssertion(
  credential: string | undefined,
  challenge: string | undefined,
  passkeys: readonly FakePasskey[],
  rpId: string,
): Promise<boolean> {
  if (!credential || !challenge) return false;
  try {
    const parsed = JSON.parse(credential) as AssertionJSON;
    const passkey = passkeys.find((candidate) => candidate.credentialId === parsed.id);
    const { clientDataJSON, authenticatorData, signature } = parsed.response ?? {};
    if (!passkey || typeof clientDataJSON !== "string") return false;
    const clientDataBytes = fromBase64url(clientDataJSON);
    const clientData = JSON.parse(new TextDecoder().decode(clientDataBytes)) as {
      type?: unknown;
      challenge?: unknown;
    };
    if (clientData.type !== "webauthn.get" || clientData.challenge !== challenge) return false;
    if (!passkey.publicKeyJwk) return true;

    if (typeof authenticatorData !== "string" || typeof signature !== "string") return false;
    const authData = fromBase64url(authenticatorData);
    const rpIdHash = await sha256(new TextEncoder().encode(rpId));
    if (authData.length < 37 || rpIdHash.some((byte, index) => authData[index] !== byte)) return false;
    if (((authData[32] ?? 0) & 0x01) === 0) return false; // user present
    const raw = derToRaw(fromBase64url(signature));
    if (!raw) return false;
    const signed = new Uint8Array([...authData, ...(await sha256(clientDataBytes))]);
    const key = await crypto.subtle.importKey(
      "jwk",
      passkey.publicKeyJwk,
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["verify"],
    );
    return await crypto.subtle.verify(
      { name: "ECDSA", hash: "SHA-256" },
      key,
      raw as BufferSource,
      signed as BufferSource,
    );
  } catch {
    return false;
  }
}
