// An account page against the fake, signed in behind the scenes, showing <AccountSettings>: a verified
// email and an unverified phone, another session elsewhere, and a pool that verifies a changed email
// before using it and tracks sessions.
import { AccountSettings, type AccountSettingsProps } from "../../src/components/AccountSettings";
import { passwordSignedIn, SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type AccountSettingsPageArgs = Pick<
  AccountSettingsProps,
  "colorMode" | "theme" | "messages" | "freshSignIn" | "sections"
>;

export function AccountSettingsPage(props: AccountSettingsPageArgs) {
  return (
    <SignedIn
      make={() =>
        // Signed in elsewhere first, then here.
        passwordSignedIn(
          {
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
            pool: { mfa: "OPTIONAL", verifyBeforeUpdate: ["email", "phone_number"], sessionTracking: true },
          },
          "ada",
          PASSWORD,
          2,
        )
      }
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
