/**
 * The browser's WebAuthn Signal API, which keeps the password manager's list of passkeys in step with
 * the relying party's: a passkey Cognito no longer has is otherwise offered at every sign-in, and fails.
 * Used after a removal (the passkey list) and after a passkey sign-in Cognito refused (the sign-in), so it
 * imports nothing of the first load.
 */
import type { ChallengeOf } from "../challenges";
import { isSessionEnded } from "../signIn/sessionEnded";

/** The browser's WebAuthn Signal API, or what a test or an app puts in its place. */
export interface CredentialSignals {
  signalUnknownCredential?(options: { rpId: string; credentialId: string }): Promise<void>;
  /**
   * Every passkey of the user (`userId`, the user handle, base64url) that the relying party still accepts:
   * the browser hides the user's others.
   */
  signalAllAcceptedCredentials?(options: {
    rpId: string;
    userId: string;
    allAcceptedCredentialIds: string[];
  }): Promise<void>;
}

/** The browser's `PublicKeyCredential`, where it has the Signal API. */
export function browserSignals(): CredentialSignals | undefined {
  const native = (globalThis as { PublicKeyCredential?: CredentialSignals }).PublicKeyCredential;
  return typeof native?.signalUnknownCredential === "function" ? native : undefined;
}

/**
 * A passkey sign-in Cognito refused because it does not know the passkey: the browser has been told
 * (where it can be) to stop offering it. `cause` is Cognito's refusal.
 */
export class UnknownPasskeyError extends Error {
  override readonly name = "UnknownPasskeyError" as const;
  constructor(
    /** The passkey's credential id, base64url. */
    readonly credentialId: string,
    options: { cause: unknown },
  ) {
    super("Cognito does not know this passkey: it may have been removed from the account.", options);
  }
}

/**
 * After Cognito refused a passkey's answer to `challenge`: when it can only be because Cognito does not
 * know the passkey, tells the browser (`signalUnknownCredential`) and returns an UnknownPasskeyError to
 * show instead; otherwise returns the refusal as it was. Telling the browser makes it forget a passkey,
 * so it is done only when certain: the refusal is NotAuthorizedException and not about the session, and
 * Cognito's options did not list the passkey among the user's (a listed one Cognito knows, and refused
 * for another reason).
 */
export function unknownPasskeyRefusal(
  challenge: ChallengeOf<"WEB_AUTHN">,
  credential: string | object,
  error: unknown,
  signals: CredentialSignals | undefined = browserSignals(),
): unknown {
  const { name } = (error ?? {}) as { name?: unknown };
  if (name !== "NotAuthorizedException" || isSessionEnded(error)) return error;
  const credentialId = idOf(credential);
  if (typeof credentialId !== "string" || !credentialId) return error;
  const options = challenge.credentialRequestOptions;
  if ((options.allowCredentials ?? []).some((allowed) => allowed.id === credentialId)) return error;
  const rpId = options.rpId ?? (typeof location === "undefined" ? undefined : location.hostname);
  // The browser's answer changes nothing here: the user is told either way.
  if (rpId) signals?.signalUnknownCredential?.({ rpId, credentialId }).catch(() => {});
  return new UnknownPasskeyError(credentialId, { cause: error });
}

/** The credential id of an assertion, as an object or its JSON text. */
function idOf(credential: string | object): unknown {
  if (typeof credential !== "string") return (credential as { id?: unknown }).id;
  try {
    return (JSON.parse(credential) as { id?: unknown } | null)?.id;
  } catch {
    return undefined;
  }
}
