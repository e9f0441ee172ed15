/**
 * Plain JavaScript (types in the .d.mts beside it) so that vitest.config.ts can import it by its full
 * file name, as Vite's config loader wants.
 *
 * A browser command (runs in Node, next to Playwright): gives the test page a real WebAuthn authenticator
 * through Chromium's DevTools protocol, holding one passkey for `rpId`, and returns what the relying
 * party keeps: the credential id and the public key.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";

/**
 * Chromium allows one internal authenticator per page: made once, then given more credentials.
 * @type {WeakMap<object, { authenticatorId: string; send: (method: string, params: object) => Promise<unknown> }>}
 */
const authenticators = new WeakMap();

/** The page's one virtual authenticator, made on first use. */
async function virtualAuthenticator(context) {
  let authenticator = authenticators.get(context.page);
  if (!authenticator) {
    const cdp = await context.page.context().newCDPSession(context.page);
    await cdp.send("WebAuthn.enable");
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    authenticator = { authenticatorId, send: (method, params) => cdp.send(method, params) };
    authenticators.set(context.page, authenticator);
  }
  return authenticator;
}

/**
 * Gives the page an authenticator with no credential, for a test that registers one through
 * navigator.credentials.create.
 */
/** @type {typeof import("./virtualAuthenticator.d.mts").enableVirtualAuthenticator} */
export const enableVirtualAuthenticator = async (context) => {
  await virtualAuthenticator(context);
};

/**
 * `discoverableFor`: the user a discoverable credential (a passkey proper) belongs to; only those can be
 * offered in autofill. Without it, the credential is found only by its id in allowCredentials.
 */
/** @type {typeof import("./virtualAuthenticator.d.mts").addVirtualPasskey} */
export const addVirtualPasskey = async (context, { rpId, discoverableFor }) => {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const id = randomBytes(16);
  const authenticator = await virtualAuthenticator(context);
  const { authenticatorId } = authenticator;
  await authenticator.send("WebAuthn.addCredential", {
    authenticatorId,
    credential: {
      credentialId: id.toString("base64"),
      ...(discoverableFor
        ? {
            isResidentCredential: true,
            userHandle: Buffer.from(discoverableFor).toString("base64"),
            userName: discoverableFor,
          }
        : { isResidentCredential: false }),
      rpId,
      privateKey: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
      signCount: 0,
    },
  });
  return { credentialId: id.toString("base64url"), publicKeyJwk: publicKey.export({ format: "jwk" }) };
};
