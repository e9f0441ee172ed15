// What every account-page story shares: a fake made once for the page, a user signed in on it behind
// the scenes, then the section with that user's access token.
import { type ReactNode, useEffect, useState } from "react";
import { type CognitoClientOptions, createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakeCognitoOptions } from "../../src/testing/index";

/** The page's fake, as a client reaches it, and the signed-in user's access token once it is there. */
export interface SignedInPage {
  clientOptions: CognitoClientOptions;
  token: Promise<string | undefined>;
}

export function SignedIn({
  make,
  children,
}: {
  /** Makes the fake and signs the user in: called once for the page. */
  make: () => SignedInPage;
  children: (clientOptions: CognitoClientOptions, accessToken: string) => ReactNode;
}) {
  const [page] = useState(make);
  const [accessToken, setAccessToken] = useState<string>();
  useEffect(() => {
    void page.token.then(setAccessToken);
  }, [page]);
  if (!accessToken) return <p>Signing in…</p>;
  return <>{children(page.clientOptions, accessToken)}</>;
}

/**
 * The usual page: a fake with these users and pool (100 ms a call, as a network would take), and
 * `username` signed in by password, `times` times (the last is this page's; the others, sessions
 * elsewhere).
 */
export function passwordSignedIn(
  options: FakeCognitoOptions,
  username: string,
  password: string,
  times = 1,
): SignedInPage {
  const fake = createFakeCognito({ latencyMs: 100, ...options });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake };
  const client = createCognitoClient(clientOptions);
  const signIn = () =>
    client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: username, PASSWORD: password },
    });
  const token = (async () => {
    let answer = await signIn();
    for (let time = 1; time < times; time += 1) answer = await signIn();
    return answer.authenticationResult?.accessToken;
  })();
  return { clientOptions, token };
}
