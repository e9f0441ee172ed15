// An account page against the fake, signed in behind the scenes, showing <ContactDetails>: a verified
// email and an unverified phone, in a pool that verifies a changed email before using it.
import { ContactDetails, type ContactDetailsProps } from "../../src/components/ContactDetails";
import { passwordSignedIn, SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type ContactDetailsPageArgs = Pick<ContactDetailsProps, "colorMode" | "theme" | "messages">;

export function ContactDetailsPage(props: ContactDetailsPageArgs) {
  return (
    <SignedIn
      make={() =>
        passwordSignedIn(
          {
            users: [
              {
                username: "ada",
                password: PASSWORD,
                email: "ada@example.com",
                phone: "+447700900123",
                phoneVerified: false,
              },
            ],
            pool: { verifyBeforeUpdate: ["email", "phone_number"] },
          },
          "ada",
          PASSWORD,
        )
      }
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
