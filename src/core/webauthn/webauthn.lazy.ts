/**
 * WebAuthn between JSON (how Cognito sends options and takes the credential) and the browser's binary
 * API, for browsers without PublicKeyCredential.parseRequestOptionsFromJSON / toJSON.
 */
import type { CredentialRequestOptionsJSON } from "../challenges";

/** The part of `navigator.credentials` passkey sign-in uses; inject it to test without an authenticator. */
export interface CredentialsLike {
  get(options: CredentialRequestOptions): Promise<Credential | null>;
  /**
   * Whether the browser can offer passkeys in the username field's autofill (conditional mediation).
   * Without it, passkey autofill is not attempted.
   */
  isConditionalMediationAvailable?(): Promise<boolean>;
}

/** The browser's credentials, or undefined where there is no WebAuthn (or no window, on a server). */
export function browserCredentials(): CredentialsLike | undefined {
  if (typeof window === "undefined" || typeof window.PublicKeyCredential === "undefined") return undefined;
  const container = navigator.credentials;
  if (!container) return undefined;
  const native = window.PublicKeyCredential as { isConditionalMediationAvailable?: () => Promise<boolean> };
  const conditional = native.isConditionalMediationAvailable;
  return {
    get: (options) => container.get(options),
    ...(typeof conditional === "function"
      ? { isConditionalMediationAvailable: () => conditional.call(native) }
      : {}),
  };
}

export function base64urlToBuffer(value: string): ArrayBuffer {
  const base64 = value
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(value.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

export function bufferToBase64url(buffer: ArrayBuffer | ArrayBufferView): string {
  // ArrayBuffer.isView, not instanceof: buffers from another realm (an iframe) must work too.
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

type StaticPublicKeyCredential = {
  parseRequestOptionsFromJSON?: (json: unknown) => PublicKeyCredentialRequestOptions;
};

export function toRequestOptions(json: CredentialRequestOptionsJSON): PublicKeyCredentialRequestOptions {
  const native = (globalThis as { PublicKeyCredential?: StaticPublicKeyCredential }).PublicKeyCredential;
  if (native?.parseRequestOptionsFromJSON) return native.parseRequestOptionsFromJSON(json);
  return {
    challenge: base64urlToBuffer(json.challenge),
    ...(json.rpId ? { rpId: json.rpId } : {}),
    ...(json.timeout ? { timeout: json.timeout } : {}),
    ...(json.userVerification
      ? { userVerification: json.userVerification as UserVerificationRequirement }
      : {}),
    ...(json.allowCredentials
      ? {
          allowCredentials: json.allowCredentials.map((credential) => ({
            id: base64urlToBuffer(credential.id),
            type: credential.type as PublicKeyCredentialType,
            ...(credential.transports
              ? { transports: credential.transports as AuthenticatorTransport[] }
              : {}),
          })),
        }
      : {}),
  };
}

export interface AssertionLike {
  id: string;
  rawId: ArrayBuffer;
  type: string;
  authenticatorAttachment?: string | null;
  response: {
    clientDataJSON: ArrayBuffer;
    authenticatorData: ArrayBuffer;
    signature: ArrayBuffer;
    userHandle?: ArrayBuffer | null;
  };
  getClientExtensionResults?: () => unknown;
  toJSON?: () => unknown;
}

/** AuthenticationResponseJSON of an assertion, which Cognito takes as CREDENTIAL. */
export function credentialToJSON(credential: AssertionLike): object {
  if (typeof credential.toJSON === "function") return credential.toJSON() as object;
  const { response } = credential;
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: bufferToBase64url(response.clientDataJSON),
      authenticatorData: bufferToBase64url(response.authenticatorData),
      signature: bufferToBase64url(response.signature),
      ...(response.userHandle ? { userHandle: bufferToBase64url(response.userHandle) } : {}),
    },
    clientExtensionResults: credential.getClientExtensionResults?.() ?? {},
    ...(credential.authenticatorAttachment
      ? { authenticatorAttachment: credential.authenticatorAttachment }
      : {}),
  };
}
