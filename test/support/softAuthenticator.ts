/**
 * A passkey authenticator in software, for tests without a browser: it makes an ES256 key pair with
 * WebCrypto and answers `navigator.credentials.create` and `.get` options as a browser's would, in their
 * JSON forms (RegistrationResponseJSON, AuthenticationResponseJSON), "none" or "packed" (self) attestation.
 * It writes the CBOR it needs; the fake reads it with its own decoder.
 */

const encoder = new TextEncoder();
const toBase64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const fromBase64url = (text: string) =>
  Uint8Array.from(
    atob(
      text
        .replace(/-/g, "+")
        .replace(/_/g, "/")
        .padEnd(Math.ceil(text.length / 4) * 4, "="),
    ),
    (c) => c.charCodeAt(0),
  );
const sha256 = async (data: Uint8Array) =>
  new Uint8Array(await crypto.subtle.digest("SHA-256", data as BufferSource));

type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

function head(major: number, length: number): number[] {
  if (length < 24) return [(major << 5) | length];
  if (length < 256) return [(major << 5) | 24, length];
  return [(major << 5) | 25, length >> 8, length & 0xff];
}

/** CBOR for what the test writes: small integers, strings, byte strings, arrays and maps. */
export function encodeCbor(value: CborValue): number[] {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") {
    const bytes = encoder.encode(value);
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(encodeCbor)];
  return [
    ...head(5, value.size),
    ...[...value].flatMap(([key, item]) => [...encodeCbor(key), ...encodeCbor(item)]),
  ];
}

/** WebCrypto's raw r||s as the DER WebAuthn sends. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const part = (bytes: Uint8Array) => {
    let trimmed = bytes;
    while (trimmed.length > 1 && trimmed[0] === 0) trimmed = trimmed.slice(1);
    if ((trimmed[0] ?? 0) & 0x80) trimmed = new Uint8Array([0, ...trimmed]);
    return [0x02, trimmed.length, ...trimmed];
  };
  const body = [...part(raw.slice(0, 32)), ...part(raw.slice(32))];
  return new Uint8Array([0x30, body.length, ...body]);
}

export interface SoftAuthenticatorOptions {
  /** The page the browser runs on. Default `http://localhost:6006`. */
  origin?: string;
  /** The relying party the authenticator hashes into its data. Default the options' `rp.id`. */
  rpId?: string;
  /** "none" (default) or "packed" self attestation. */
  format?: "none" | "packed";
}

export async function softAuthenticator() {
  const keys = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey("jwk", keys.publicKey);
  const credentialId = crypto.getRandomValues(new Uint8Array(16));
  const id = toBase64url(credentialId);
  let rpIdUsed = "localhost";
  let count = 0;
  const sign = async (data: Uint8Array) =>
    rawToDer(
      new Uint8Array(
        await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, keys.privateKey, data as BufferSource),
      ),
    );

  return {
    id,
    /** The public key, as a relying party keeps it (a fake user's passkey made without registering). */
    publicKeyJwk: jwk,
    /** Answers creation options (PublicKeyCredentialCreationOptionsJSON) as a browser's credential would. */
    async create(options: Record<string, unknown>, given: SoftAuthenticatorOptions = {}) {
      const rp = (options.rp ?? {}) as { id?: string };
      rpIdUsed = given.rpId ?? rp.id ?? "localhost";
      const clientDataJSON = encoder.encode(
        JSON.stringify({
          type: "webauthn.create",
          challenge: options.challenge,
          origin: given.origin ?? "http://localhost:6006",
          crossOrigin: false,
        }),
      );
      const cose = new Map<CborValue, CborValue>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, fromBase64url(jwk.x ?? "")],
        [-3, fromBase64url(jwk.y ?? "")],
      ]);
      const authData = new Uint8Array([
        ...(await sha256(encoder.encode(rpIdUsed))),
        0x45, // user present, user verified, attested credential data
        0,
        0,
        0,
        0,
        ...new Uint8Array(16),
        0,
        credentialId.length,
        ...credentialId,
        ...encodeCbor(cose),
      ]);
      const format = given.format ?? "none";
      const statement =
        format === "packed"
          ? new Map<CborValue, CborValue>([
              ["alg", -7],
              ["sig", await sign(new Uint8Array([...authData, ...(await sha256(clientDataJSON))]))],
            ])
          : new Map<CborValue, CborValue>();
      const attestationObject = new Uint8Array(
        encodeCbor(
          new Map<CborValue, CborValue>([
            ["fmt", format],
            ["attStmt", statement],
            ["authData", authData],
          ]),
        ),
      );
      return {
        id,
        rawId: id,
        type: "public-key",
        authenticatorAttachment: "platform",
        clientExtensionResults: {},
        response: {
          clientDataJSON: toBase64url(clientDataJSON),
          attestationObject: toBase64url(attestationObject),
          transports: ["internal"],
        },
      };
    },
    /** Answers request options (a WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS) as an assertion. */
    async get(options: { challenge?: unknown }) {
      count += 1;
      const clientDataJSON = encoder.encode(
        JSON.stringify({
          type: "webauthn.get",
          challenge: options.challenge,
          origin: "http://localhost:6006",
        }),
      );
      const authData = new Uint8Array([...(await sha256(encoder.encode(rpIdUsed))), 0x05, 0, 0, 0, count]);
      const signature = await sign(new Uint8Array([...authData, ...(await sha256(clientDataJSON))]));
      return {
        id,
        rawId: id,
        type: "public-key",
        clientExtensionResults: {},
        response: {
          clientDataJSON: toBase64url(clientDataJSON),
          authenticatorData: toBase64url(authData),
          signature: toBase64url(signature),
        },
      };
    },
  };
}

/**
 * `navigator.credentials` for registering, from a software authenticator: `create` decodes the binary
 * options back to JSON as the browser's own parser would have read them, and answers a credential with
 * `toJSON()`, as a browser's PublicKeyCredential has.
 */
export async function softCredentials() {
  const authenticator = await softAuthenticator();
  const seen: CredentialCreationOptions[] = [];
  return {
    authenticator,
    seen,
    async create(options: CredentialCreationOptions): Promise<Credential | null> {
      seen.push(options);
      const publicKey = options.publicKey as PublicKeyCredentialCreationOptions;
      const challenge = toBase64url(new Uint8Array(publicKey.challenge as ArrayBuffer));
      const json = await authenticator.create({ ...publicKey, challenge });
      return { ...json, toJSON: () => json } as unknown as Credential;
    },
  };
}
