// An account page against the fake, signed in behind the scenes, showing <ContactDetails>: a verified
// email and an unverified phone, in a pool that verifies a changed email before using it.
import { ContactDetails, type ContactDetailsProps } from "../../src/components/ContactDetails";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type ContactDetailsPageArgs = Pick<ContactDetailsProps, "colorMode" | "theme" | "messages">;

export function ContactDetailsPage(props: ContactDetailsPageArgs) {
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
            },
          ],
          latencyMs: 100,
          pool: { verifyBeforeUpdate: ["email", "phone_number"] },
        });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        const token = createCognitoClient(clientOptions)
          .initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "ada", PASSWORD } })
          .then((answer) => answer.authenticationResult?.accessToken);
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <ContactDetails
          clientOptions={clientOptions}
          accessToken={accessToken}
          defaultCountry="GB"
          {...props}
        />
      )}
    </SignedIn>
  );
}
