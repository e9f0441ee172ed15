/**
 * One passkey registration: StartWebAuthnRegistration, the browser's `navigator.credentials.create` with
 * those options, then CompleteWebAuthnRegistration. Shared by the enrolment journey (`<Passkeys>`) and the
 * sign-in's offer after it signs in; values only, so that either may load on demand.
 */
import { completeWebAuthnRegistrationCommand } from "../commands/completeWebAuthnRegistration";
import { startWebAuthnRegistrationCommand } from "../commands/startWebAuthnRegistration";
import type { Send } from "../journey/journey";
import {
  browserCreator,
  type CredentialCreatorLike,
  type RegistrationLike,
  registrationToJSON,
  toCreationOptions,
} from "../webauthn/creation";

/** A passkey registered: its credential id, and the user handle Cognito registered it under. */
export interface RegisteredPasskey {
  credentialId: string;
  /** The options' `user.id` (base64url), which the Signal API names the user by. */
  userHandle: string | undefined;
}

/**
 * Registers a passkey for the user the access token names; resolves with it, or undefined once `signal`
 * aborted. Throws the browser's refusal as a DOMException (NotSupportedError where there is
 * no WebAuthn, NotAllowedError for a cancel) and Cognito's as its typed error.
 */
export async function registerPasskey(
  send: Send,
  accessToken: string,
  credentials: CredentialCreatorLike | undefined,
  signal: AbortSignal,
): Promise<RegisteredPasskey | undefined> {
  const creator = credentials ?? browserCreator();
  if (!creator) throw new DOMException("This browser cannot make passkeys.", "NotSupportedError");
  const { credentialCreationOptions } = await send(
    startWebAuthnRegistrationCommand,
    { accessToken },
    { signal },
  );
  if (signal.aborted) return undefined;
  const created = (await creator.create({
    publicKey: toCreationOptions(credentialCreationOptions),
    signal,
  })) as unknown as RegistrationLike | null;
  if (signal.aborted) return undefined;
  if (!created) throw new DOMException("No passkey was made.", "NotAllowedError");
  await send(
    completeWebAuthnRegistrationCommand,
    { accessToken, credential: registrationToJSON(created) },
    { signal },
  );
  if (signal.aborted) return undefined;
  const user = (credentialCreationOptions as { user?: { id?: unknown } }).user;
  return { credentialId: created.id, userHandle: typeof user?.id === "string" ? user.id : undefined };
}

/** The browser's answer that means "the user did not go on": not an error to show. */
export function isCancel(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return name === "NotAllowedError" || name === "AbortError";
}
