import type { BrowserCommand } from "vitest/node";

/**
 * Gives the test page a WebAuthn authenticator holding one passkey for `rpId` (discoverable for
 * `discoverableFor` when given); returns the credential id and the public key the relying party keeps.
 */
export const addVirtualPasskey: BrowserCommand<[{ rpId: string; discoverableFor?: string }]>;

/** Gives the test page a WebAuthn authenticator with no credential, for navigator.credentials.create. */
export const enableVirtualAuthenticator: BrowserCommand<[]>;
