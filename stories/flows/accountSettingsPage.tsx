// An account page against the fake, signed in behind the scenes, showing <AccountSettings>: a verified
// email and an unverified phone, another session elsewhere, and a pool that verifies a changed email
// before using it and tracks sessions.
import { AccountSettings, type AccountSettingsProps } from "../../src/components/AccountSettings";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type AccountSettingsPageArgs = Pick<
  AccountSettingsProps,
  "colorMode" | "theme" | "messages" | "freshSignIn" | "sections"
>;

export function AccountSettingsPage(props: AccountSettingsPageArgs) {
  return (
    <SignedIn
      make={() => {
        const fake = createFakeCognito({
          users: [
            {
              username: "ada",
              password: PASSWORD,
              email: "ada@example.com",
              phone: "+447700900123",
              phoneVerified: false,
              attributes: { given_name: "Ada", family_name: "Lovelace" },
            },
          ],
          latencyMs: 100,
          pool: { mfa: "OPTIONAL", verifyBeforeUpdate: ["email", "phone_number"], sessionTracking: true },
        });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        const client = createCognitoClient(clientOptions);
        const signIn = () =>
          client.initiateAuth({
            authFlow: "USER_PASSWORD_AUTH",
            authParameters: { USERNAME: "ada", PASSWORD },
          });
        // Signed in elsewhere first, then here.
        const token = signIn()
          .then(signIn)
          .then((answer) => answer.authenticationResult?.accessToken);
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <AccountSettings
          clientOptions={clientOptions}
          accessToken={accessToken}
          profile={{
            attributes: [
              { name: "given_name", label: "First name", required: true, autoComplete: "given-name" },
              { name: "family_name", label: "Last name", autoComplete: "family-name" },
            ],
          }}
          contacts={{ defaultCountry: "GB" }}
          twoFactor={{ totpIssuer: "Acme" }}
          {...props}
        />
      )}
    </SignedIn>
  );
}
