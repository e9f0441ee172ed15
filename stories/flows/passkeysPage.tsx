// An account page against the fake, signed in behind the scenes, showing <Passkeys>: for the flow
// stories and the host-stylesheet stories alike.
import { Passkeys, type PasskeysProps } from "../../src/components/Passkeys";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakeCognito, type FakeUser } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

export const PASSWORD = "Correct-Horse-1";

// Public keys of no one: these passkeys are for listing and removing, never for signing in.
export const listed = (id: string, name: string, days: number, attachment?: string) => ({
  credentialId: id,
  friendlyName: name,
  createdAt: Date.parse("2026-12-07T10:00:00Z") - days * 86_400_000,
  transports: attachment === "platform" ? ["internal"] : ["usb", "nfc"],
  ...(attachment ? { attachment } : {}),
});

export type PageArgs = Pick<PasskeysProps, "colorMode" | "theme" | "messages"> & {
  /** Who is signed in, with their passkeys. */
  user?: FakeUser;
};

/**
 * An account page against the fake: the user is signed in (by password, behind the scenes) and sees their
 * passkeys. "Add a passkey" uses this browser's own passkey prompt.
 */
export function PasskeysPage({ user, ...props }: PageArgs) {
  const account: FakeUser = user ?? {
    username: "pia",
    password: PASSWORD,
    passkeys: [
      listed("cGlhLW1hYw", "iCloud Keychain", 40, "platform"),
      listed("cGlhLWtleQ", "YubiKey 5 NFC", 3, "cross-platform"),
    ],
  };
  // The fake, and the user's sign-in on it, made once for the page.
  return (
    <SignedIn
      make={() => {
        const fake: FakeCognito = createFakeCognito({
          users: [account],
          latencyMs: 100,
          pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] },
          rpId: typeof location === "undefined" ? "localhost" : location.hostname,
        });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        const token = createCognitoClient(clientOptions)
          .initiateAuth({
            authFlow: "USER_PASSWORD_AUTH",
            authParameters: { USERNAME: account.username, PASSWORD },
          })
          .then((answer) => answer.authenticationResult?.accessToken);
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <Passkeys clientOptions={clientOptions} accessToken={accessToken} {...props} />
      )}
    </SignedIn>
  );
}
