// An account page against the fake, signed in behind the scenes, showing <ChangePassword>.
import { ChangePassword, type ChangePasswordProps } from "../../src/components/ChangePassword";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakeUser } from "../../src/testing/index";
import { SignedIn } from "./signedInPage";

export const PASSWORD = "Correct-Horse-1";

export type ChangePasswordPageArgs = Pick<
  ChangePasswordProps,
  "colorMode" | "theme" | "messages" | "passwordPolicy"
> & {
  /** Who is signed in: with a password (signed in by it), or without (by an emailed code). */
  user?: FakeUser;
};

export function ChangePasswordPage({ user, ...props }: ChangePasswordPageArgs) {
  const account: FakeUser = user ?? { username: "ada", password: PASSWORD, email: "ada@example.com" };
  return (
    <SignedIn
      make={() => {
        const fake = createFakeCognito({
          users: [account],
          latencyMs: 100,
          pool: { firstFactors: ["PASSWORD", "EMAIL_OTP"] },
        });
        const clientOptions = {
          clientId: fake.clientId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        };
        const client = createCognitoClient(clientOptions);
        const token = (async () => {
          if (account.password) {
            const answer = await client.initiateAuth({
              authFlow: "USER_PASSWORD_AUTH",
              authParameters: { USERNAME: account.username, PASSWORD: account.password },
            });
            return answer.authenticationResult?.accessToken;
          }
          const started = await client.initiateAuth({
            authFlow: "USER_AUTH",
            authParameters: { USERNAME: account.username, PREFERRED_CHALLENGE: "EMAIL_OTP" },
          });
          const done = await client.respondToAuthChallenge({
            challengeName: "EMAIL_OTP",
            session: started.session ?? "",
            challengeResponses: {
              USERNAME: account.username,
              EMAIL_OTP_CODE: fake.lastCode(account.username) ?? "",
            },
          });
          return done.authenticationResult?.accessToken;
        })();
        return { clientOptions, token };
      }}
    >
      {(clientOptions, accessToken) => (
        <ChangePassword clientOptions={clientOptions} accessToken={accessToken} {...props} />
      )}
    </SignedIn>
  );
}
