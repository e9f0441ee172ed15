// An account page against the fake, signed in behind the scenes, showing <DeleteAccount>.
import { DeleteAccount, type DeleteAccountProps } from "../../src/components/DeleteAccount";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type DeleteAccountPageArgs = Pick<DeleteAccountProps, "colorMode" | "theme" | "messages">;

export function DeleteAccountPage(props: DeleteAccountPageArgs) {
  return (
    <SignedIn
      make={() => {
        const fake = createFakeCognito({ users: [{ username: "dell", password: PASSWORD }], latencyMs: 100 });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        const token = createCognitoClient(clientOptions)
          .initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "dell", PASSWORD } })
          .then((answer) => answer.authenticationResult?.accessToken);
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <DeleteAccount clientOptions={clientOptions} accessToken={accessToken} {...props} />
      )}
    </SignedIn>
  );
}
