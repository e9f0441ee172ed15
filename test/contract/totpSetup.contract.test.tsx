// @vitest-environment jsdom
/**
 * <TotpSetup> against a real cognito-local process: a signed-in user adds an authenticator app by
 * reading the key off the screen, and a sign-in with a fresh code from it then succeeds there.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { inject } from "vitest";
import { TotpSetup } from "../../src/components/TotpSetup";
import { answerChallenge } from "../../src/core/answers";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { createCognitoClient } from "../../src/core/client/client";
import { generateTotp } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

it("adds an authenticator with the access token, then SOFTWARE_TOKEN_MFA signs in with a fresh code", async () => {
  const local = inject("cognitoLocal");
  const client = createCognitoClient({
    clientId: local.clientId,
    endpoint: local.endpoint,
    fetch: globalThis.fetch,
  });
  const signIn = () =>
    client.initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "una", PASSWORD } });
  const accessToken = (await signIn()).authenticationResult?.accessToken ?? "";
  expect(accessToken).not.toBe("");

  const user = userEvent.setup();
  render(
    <TotpSetup
      client={client}
      accessToken={accessToken}
      accountName="una@example.com"
      totpIssuer="Contract"
    />,
  );
  await user.click(screen.getByRole("button", { name: "Set up an authenticator app" }));
  await user.click(await screen.findByRole("button", { name: "Can't scan it?" }));
  const secret = (screen.getByText("Setup key").nextElementSibling?.textContent ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  await user.type(
    screen.getByLabelText("Code from the app"),
    `${await generateTotp(secret, Date.now())}{Enter}`,
  );
  expect(await screen.findByText("Your authenticator app is added.", {}, { timeout: 5000 })).toHaveAttribute(
    "role",
    "status",
  );

  const next = await signIn();
  const challenge = parseChallenge(next, "una") as ChallengeOf<"SOFTWARE_TOKEN_MFA">;
  expect(challenge.name).toBe("SOFTWARE_TOKEN_MFA");
  const done = await client.respondToAuthChallenge(
    answerChallenge(challenge, { code: await generateTotp(secret, Date.now()) }),
  );
  expect(done.authenticationResult?.accessToken).toEqual(expect.any(String));
});
