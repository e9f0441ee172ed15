/**
 * The session's operations against a real cognito-local process and against our fake: refreshing with
 * REFRESH_TOKEN_AUTH and revoking a refresh token must give our client the same typed outcome from both.
 * cognito-local lacks GetTokensFromRefreshToken and GlobalSignOut (it answers them as unsupported), so
 * those run against the fake only (test/testing/session.test.ts).
 */
import { getUser, revokeToken } from "../../src/core/session/operations";
import { BACKENDS, type Backend, createBackend, outcome } from "./backends";

const PASSWORD = "Correct-Horse-1";
// alice: the seed user no other contract test changes (ada and una gain an authenticator elsewhere,
// and then sign in with a challenge instead of tokens).

async function signIn(backend: Backend, username: string) {
  const answer = await backend.client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: username, PASSWORD },
  });
  const tokens = answer.authenticationResult;
  if (!tokens?.refreshToken) throw new Error(`${backend.name} gave no refresh token`);
  return { ...tokens, refreshToken: tokens.refreshToken };
}

function refresh(backend: Backend, refreshToken: string) {
  return backend.client.initiateAuth({
    authFlow: "REFRESH_TOKEN_AUTH",
    authParameters: { REFRESH_TOKEN: refreshToken },
  });
}

describe.each(BACKENDS)("the session against %s", (name) => {
  let backend: Backend;
  beforeAll(() => {
    backend = createBackend(name);
  });

  it("REFRESH_TOKEN_AUTH gives new access and ID tokens, without a new refresh token", async () => {
    const tokens = await signIn(backend, "alice");
    const refreshed = await refresh(backend, tokens.refreshToken);
    expect(refreshed.authenticationResult?.accessToken).toEqual(expect.any(String));
    expect(refreshed.authenticationResult?.idToken).toEqual(expect.any(String));
    expect(refreshed.authenticationResult?.refreshToken).toBeUndefined();
    expect(refreshed.challengeName).toBeUndefined();
    // The new access token is one the backend accepts.
    const accessToken = refreshed.authenticationResult?.accessToken as string;
    await expect(getUser(backend.client, { accessToken })).resolves.toMatchObject({ username: "alice" });
  });

  it("an unknown refresh token is refused as NotAuthorizedException", async () => {
    expect(await outcome(refresh(backend, "not-a-refresh-token"))).toEqual({
      error: "NotAuthorizedException",
    });
  });

  it("RevokeToken ends the refresh token: refreshing with it is then refused", async () => {
    const tokens = await signIn(backend, "alice");
    expect(await outcome(revokeToken(backend.client, { token: tokens.refreshToken }))).toEqual({ ok: true });
    expect(await outcome(refresh(backend, tokens.refreshToken))).toEqual({ error: "NotAuthorizedException" });
  });
});
