/**
 * The session in React: <SignIn> under a <CognitoProvider session> hands the tokens over, useSession
 * shows who is signed in and gives fresh access tokens, <SignOutButton> signs out for real; server
 * rendering reads no storage.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { SignIn } from "../../src/components/SignIn";
import { SignOutButton } from "../../src/components/SignOutButton";
import { createCognitoClient } from "../../src/core/client/client";
import { getTokensFromRefreshToken } from "../../src/core/session/operations";
import { memoryStorage, type SessionStorage } from "../../src/core/session/storage";
import { createSession } from "../../src/core/session/store";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { useSession } from "../../src/hooks/useSession";
import { createFakeCognito, scenarios } from "../../src/testing/index";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

function Account() {
  const session = useSession();
  return session.status === "signedIn" ? (
    <>
      <p>Hello {session.claims?.username}</p>
      <SignOutButton />
    </>
  ) : (
    <p>Signed out</p>
  );
}

function setUp(storage: SessionStorage = memoryStorage()) {
  const fake = createFakeCognito(scenarios.passwordOnly.options());
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const session = createSession({ client, storage });
  return { fake, client, session, storage };
}

describe("useSession and <SignOutButton>", () => {
  it("a sign-in below the provider starts the session; signing out revokes it and clears storage", async () => {
    const user = userEvent.setup();
    const { client, session, storage } = setUp();
    const signedIn: string[] = [];
    render(
      <CognitoProvider client={client} session={session}>
        <Account />
        <SignIn authFlow="USER_PASSWORD_AUTH" onSignedIn={(tokens) => signedIn.push(tokens.accessToken)} />
      </CognitoProvider>,
    );
    expect(screen.getByText("Signed out")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Username or email"), "alice");
    await user.type(screen.getByLabelText("Password"), `${scenarios.passwordOnly.password}{Enter}`);
    expect(await screen.findByText("Hello alice")).toBeInTheDocument();
    // onSignedIn still fires, with the same tokens the session got.
    expect(signedIn).toHaveLength(1);
    expect((await session.getTokens())?.accessToken).toBe(signedIn[0]);
    const stored = JSON.parse(storage.get(`cognito-challenge-ui.session.${client.clientId}`) ?? "{}");

    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByText("Signed out")).toBeInTheDocument();
    expect(storage.get(`cognito-challenge-ui.session.${client.clientId}`)).toBeNull();
    await expect(
      getTokensFromRefreshToken(client, { refreshToken: stored.refreshToken }),
    ).rejects.toMatchObject({
      name: "NotAuthorizedException",
    });
  });

  it("getAccessToken gives the session's token, and a stored session shows after the first render", async () => {
    const { client, session, storage } = setUp();
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "alice", PASSWORD: scenarios.passwordOnly.password ?? "" },
    });
    session.signIn(answer.authenticationResult as NonNullable<typeof answer.authenticationResult>);
    // Another page load: a new store over the same storage.
    const restored = createSession({ client, storage });
    let token: string | undefined;
    function Token() {
      const current = useSession();
      return (
        <button type="button" onClick={async () => (token = await current.getAccessToken())}>
          {current.status}
        </button>
      );
    }
    render(
      <CognitoProvider client={client} session={restored}>
        <Token />
      </CognitoProvider>,
    );
    const button = await screen.findByRole("button", { name: "signedIn" });
    await userEvent.click(button);
    await waitFor(() => expect(token).toBe(answer.authenticationResult?.accessToken));
  });

  it("server rendering renders signed out and reads no storage", () => {
    const reads: string[] = [];
    const storage: SessionStorage = {
      get: (key) => {
        reads.push(key);
        return null;
      },
      set: () => reads.push("set"),
      remove: () => reads.push("remove"),
    };
    const { client, session } = setUp(storage);
    const html = renderToString(
      <CognitoProvider client={client} session={session}>
        <Account />
      </CognitoProvider>,
    );
    expect(html).toContain("Signed out");
    expect(reads).toEqual([]);
  });

  it("useSession outside a provider with a session says what is missing", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Account />)).toThrow(/CognitoProvider session/);
    errors.mockRestore();
  });
});
