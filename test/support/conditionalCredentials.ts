import type { CredentialsLike } from "../../src/core/webauthn/webauthn.lazy";

/** One `navigator.credentials.get` call, waiting until the test chooses a passkey (or none). */
export interface PendingCredentialRequest {
  options: CredentialRequestOptions;
  choose(credential: object | null): void;
}

/**
 * Browser credentials whose requests wait, as a real browser's do, until the user chooses a passkey (the
 * test calls `choose`) or the request is aborted. `available` is what conditional mediation support says.
 */
export function conditionalCredentials(available = true) {
  const requests: PendingCredentialRequest[] = [];
  const credentials: CredentialsLike = {
    isConditionalMediationAvailable: async () => available,
    get: (options) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener("abort", () =>
          reject(new DOMException("The operation was aborted.", "AbortError")),
        );
        requests.push({
          options,
          choose: (json) => resolve(json ? ({ toJSON: () => json } as unknown as Credential) : null),
        });
      }),
  };
  return { credentials, requests };
}
