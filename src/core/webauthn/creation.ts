/**
 * WebAuthn's creation side between JSON (how Cognito sends options and takes the new credential) and the
 * browser's binary API, for browsers without PublicKeyCredential.parseCreationOptionsFromJSON / toJSON.
 * Loads with what registers passkeys, never with a sign-in.
 */
import { base64urlToBuffer, bufferToBase64url } from "./webauthn.lazy";

/** The part of `navigator.credentials` passkey registration uses; inject it to test without a browser. */
export interface CredentialCreatorLike {
  create(options: CredentialCreationOptions): Promise<Credential | null>;
}

/** The browser's credentials for registering, or undefined where there is no WebAuthn (or no window). */
export function browserCreator(): CredentialCreatorLike | undefined {
  if (typeof window === "undefined" || typeof window.PublicKeyCredential === "undefined") return undefined;
  const container = navigator.credentials;
  return container ? { create: (options) => container.create(options) } : undefined;
}

type Json = Record<string, unknown>;
type StaticPublicKeyCredential = {
  parseCreationOptionsFromJSON?: (json: unknown) => PublicKeyCredentialCreationOptions;
};

/** PublicKeyCredentialCreationOptionsJSON as the browser's options: the browser's parser where it has one. */
export function toCreationOptions(json: Json): PublicKeyCredentialCreationOptions {
  const native = (globalThis as { PublicKeyCredential?: StaticPublicKeyCredential }).PublicKeyCredential;
  if (native?.parseCreationOptionsFromJSON) return native.parseCreationOptionsFromJSON(json);
  const user = (json.user ?? {}) as Json;
  const exclude = Array.isArray(json.excludeCredentials) ? (json.excludeCredentials as Json[]) : [];
  return {
    ...(json as unknown as PublicKeyCredentialCreationOptions),
    challenge: base64urlToBuffer(String(json.challenge ?? "")),
    user: {
      ...(user as unknown as PublicKeyCredentialUserEntity),
      id: base64urlToBuffer(String(user.id ?? "")),
    },
    excludeCredentials: exclude.map((credential) => ({
      ...(credential as unknown as PublicKeyCredentialDescriptor),
      id: base64urlToBuffer(String(credential.id ?? "")),
    })),
  };
}

/** What a new credential has, in the browser's binary form. */
export interface RegistrationLike {
  id: string;
  rawId: ArrayBuffer;
  type: string;
  authenticatorAttachment?: string | null;
  response: {
    clientDataJSON: ArrayBuffer;
    attestationObject: ArrayBuffer;
    getTransports?: () => string[];
  };
  getClientExtensionResults?: () => unknown;
  toJSON?: () => unknown;
}

/** RegistrationResponseJSON of a new credential, which CompleteWebAuthnRegistration takes. */
export function registrationToJSON(credential: RegistrationLike): Json {
  if (typeof credential.toJSON === "function") return credential.toJSON() as Json;
  const { response } = credential;
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: bufferToBase64url(response.clientDataJSON),
      attestationObject: bufferToBase64url(response.attestationObject),
      transports: response.getTransports?.() ?? [],
    },
    clientExtensionResults: credential.getClientExtensionResults?.() ?? {},
    ...(credential.authenticatorAttachment
      ? { authenticatorAttachment: credential.authenticatorAttachment }
      : {}),
  };
}
