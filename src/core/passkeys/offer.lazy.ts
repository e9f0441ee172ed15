/**
 * The offer of a passkey once a sign-in has its tokens (`offerPasskey`): whether to make it, and the
 * registration itself. Loaded on demand by the offer an app passes (`passkeyOffer()`, from /passkeys),
 * so that an app without the offer bundles nothing of passkey registration, not even a lazy chunk; it
 * imports nothing of the first load (what it sends goes through the `send` it is handed).
 */
import { getUserAuthFactorsCommand } from "../commands/getUserAuthFactors";
import type { Send } from "../journey/journey";
import type { CredentialCreatorLike } from "../webauthn/creation";
import { browserCreator } from "../webauthn/creation";

export { isCancel, registerPasskey } from "./register";

interface ClientCapabilities {
  passkeyPlatformAuthenticator?: boolean;
  hybridTransport?: boolean;
}

/**
 * Whether this browser can make a passkey: WebAuthn is here, and where the browser says what it can
 * (`getClientCapabilities`), either a passkey on this device or one on a phone nearby.
 */
async function canMakePasskeys(credentials: CredentialCreatorLike | undefined): Promise<boolean> {
  if (credentials) return true;
  if (!browserCreator()) return false;
  const native = (
    globalThis as { PublicKeyCredential?: { getClientCapabilities?: () => Promise<ClientCapabilities> } }
  ).PublicKeyCredential;
  const capabilities = await native?.getClientCapabilities?.().catch(() => undefined);
  if (!capabilities) return true;
  return capabilities.passkeyPlatformAuthenticator !== false || capabilities.hybridTransport !== false;
}

/**
 * True when the signed-in user has no passkey (GetUserAuthFactors) and the browser can make one. The
 * offer is a courtesy: when Cognito cannot say, the sign-in goes on without it rather than wait or fail.
 */
export async function wantsPasskey(
  send: Send,
  accessToken: string,
  credentials: CredentialCreatorLike | undefined,
  signal: AbortSignal,
): Promise<boolean> {
  if (!(await canMakePasskeys(credentials))) return false;
  try {
    const factors = await send(getUserAuthFactorsCommand, { accessToken }, { signal });
    return !(factors.configuredUserAuthFactors ?? []).includes("WEB_AUTHN");
  } catch {
    return false;
  }
}
