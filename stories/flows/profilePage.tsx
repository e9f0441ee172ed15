// An account page against the fake, signed in behind the scenes, showing <Profile>: a first name, a
// birthday and a team, in a pool whose app client may write only the first two.
import { Profile, type ProfileProps } from "../../src/components/Profile";
import { passwordSignedIn, SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type ProfilePageArgs = Pick<ProfileProps, "colorMode" | "theme" | "messages">;

export function ProfilePage(props: ProfilePageArgs) {
  return (
    <SignedIn
      make={() =>
        passwordSignedIn(
          {
            users: [
              {
                username: "ada",
                password: PASSWORD,
                attributes: { given_name: "Ada", "custom:team": "Engines" },
              },
            ],
            pool: { writableAttributes: ["given_name", "birthdate"] },
          },
          "ada",
          PASSWORD,
        )
      }
    >
      {(clientOptions, accessToken) => (
        <Profile
          clientOptions={clientOptions}
          accessToken={accessToken}
          attributes={[
            { name: "given_name", label: "First name", required: true, autoComplete: "given-name" },
            { name: "birthdate", label: "Birthday", type: "date", autoComplete: "bday" },
            { name: "custom:team", label: "Team" },
          ]}
          {...props}
        />
      )}
    </SignedIn>
  );
}
