// An account page against the fake, signed in behind the scenes, showing <DeleteAccount>.
import { DeleteAccount, type DeleteAccountProps } from "../../src/components/DeleteAccount";
import { passwordSignedIn, SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type DeleteAccountPageArgs = Pick<DeleteAccountProps, "colorMode" | "theme" | "messages">;

export function DeleteAccountPage(props: DeleteAccountPageArgs) {
  return (
    <SignedIn
      make={() => passwordSignedIn({ users: [{ username: "dell", password: PASSWORD }] }, "dell", PASSWORD)}
    >
      {(clientOptions, accessToken) => (
        <DeleteAccount clientOptions={clientOptions} accessToken={accessToken} {...props} />
      )}
    </SignedIn>
  );
}
