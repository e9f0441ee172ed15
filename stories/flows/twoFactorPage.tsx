// An account page against the fake, signed in behind the scenes, showing <TwoFactor>: a user with an
// email, a phone and a passkey, with nothing on yet or with the authenticator app and email on.
import { TwoFactor, type TwoFactorProps } from "../../src/components/TwoFactor";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, DEMO_TOTP_SECRET } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

const PASSWORD = "Correct-Horse-1";

export type TwoFactorPageArgs = Pick<
  TwoFactorProps,
  "colorMode" | "theme" | "messages" | "required" | "passkeys"
> & {
  /** none: nothing on yet; app: the authenticator app (preferred) and email on. */
  user?: "none" | "app";
};

export function TwoFactorPage({ user = "none", ...props }: TwoFactorPageArgs) {
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
              passkeys: [{ credentialId: "story-passkey" }],
              ...(user === "app"
                ? { mfa: { totpSecret: DEMO_TOTP_SECRET, email: true, preferred: "SOFTWARE_TOKEN_MFA" } }
                : {}),
            },
          ],
          latencyMs: 100,
          pool: { mfa: "OPTIONAL" },
        });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        // The user's second step, answered behind the scenes as <SignIn> would have.
        const client = createCognitoClient(clientOptions);
        const token = client
          .initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "ada", PASSWORD } })
          .then(async (answer) =>
            answer.authenticationResult
              ? answer
              : client.respondToAuthChallenge({
                  challengeName: "SOFTWARE_TOKEN_MFA",
                  session: answer.session ?? "",
                  challengeResponses: {
                    USERNAME: "ada",
                    SOFTWARE_TOKEN_MFA_CODE: (await fake.totpCode("ada")) ?? "",
                  },
                }),
          )
          .then((answer) => answer.authenticationResult?.accessToken);
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <TwoFactor clientOptions={clientOptions} accessToken={accessToken} totpIssuer="Acme" {...props} />
      )}
    </SignedIn>
  );
}
