// An account page against the fake, signed in behind the scenes, showing <DeleteAccount>.
import { useEffect, useState } from "react";
import { DeleteAccount, type DeleteAccountProps } from "../../src/components/DeleteAccount";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

export type DeleteAccountPageArgs = Pick<DeleteAccountProps, "colorMode" | "theme" | "messages">;

export function DeleteAccountPage(props: DeleteAccountPageArgs) {
  const [page] = useState(() => {
    const fake = createFakeCognito({ users: [{ username: "dell", password: PASSWORD }], latencyMs: 100 });
    const clientOptions = { clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake };
    const token = createCognitoClient(clientOptions)
      .initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "dell", PASSWORD } })
      .then((answer) => answer.authenticationResult?.accessToken);
    return { clientOptions, token };
  });
  const [accessToken, setAccessToken] = useState<string>();
  useEffect(() => {
    void page.token.then(setAccessToken);
  }, [page]);
  if (!accessToken) return <p>Signing in…</p>;
  return <DeleteAccount clientOptions={page.clientOptions} accessToken={accessToken} {...props} />;
}
