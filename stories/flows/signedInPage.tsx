// What every account-page story shares: a fake made once for the page, a user signed in on it behind
// the scenes, then the section with that user's access token.
import { type ReactNode, useEffect, useState } from "react";
import type { CognitoClientOptions } from "../../src/core/client/client";

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
