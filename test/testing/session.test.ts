/**
 * The session after sign-in, through our client against the fake: the tokens' claims, refreshing with
 * and without rotation (its grace period, reuse), revoking, signing out everywhere, and the user.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { CognitoError } from "../../src/core/client/errors";
import {
  getTokensFromRefreshToken,
  getUser,
  globalSignOut,
  revokeToken,
} from "../../src/core/session/operations";
import { createFakeCognito, type FakeCognitoOptions, secretHashFor } from "../../src/testing/index";
import { readClaims } from "../../src/testing/tokens";

const PASSWORD = "Correct-Horse-1";
const SECOND = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setUp(pool: FakeCognitoOptions["pool"] = {}) {
  let now = Date.UTC(2026, 11, 1, 12, 0, 0);
  const fake = createFakeCognito({
    pool: { mfa: "OFF", ...pool },
    users: [{ username: "zoe", password: PASSWORD, email: "zoe@example.com", groups: ["admins", "beta"] }],
    clock: () => now,
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signIn = async () => {
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "zoe", PASSWORD },
    });
    const tokens = answer.authenticationResult;
    if (!tokens?.refreshToken || !tokens.idToken) throw new Error("expected tokens");
    return { ...tokens, refreshToken: tokens.refreshToken, idToken: tokens.idToken };
  };
  return {
    client,
    signIn,
    advance: (ms: number) => {
      now += ms;
    },
    nowSeconds: () => Math.floor(now / 1000),
  };
}

async function refusal(promise: Promise<unknown>): Promise<CognitoError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CognitoError);
  return error as CognitoError;
}

describe("the fake's tokens and session operations", () => {
  it("issues tokens with Cognito's claims, lifetimes from the pool and the injected clock", async () => {
    const { signIn, nowSeconds } = setUp({ tokenValidity: { accessSeconds: 300, idSeconds: 600 } });
    const tokens = await signIn();
    const access = readClaims(tokens.accessToken);
    const id = readClaims(tokens.idToken);
    expect(tokens.expiresIn).toBe(300);
    expect(access).toMatchObject({
      token_use: "access",
      client_id: "fake-client-id",
      username: "zoe",
      iat: nowSeconds(),
      exp: nowSeconds() + 300,
      auth_time: nowSeconds(),
      "cognito:groups": ["admins", "beta"],
    });
    expect(id).toMatchObject({
      token_use: "id",
      aud: "fake-client-id",
      "cognito:username": "zoe",
      email: "zoe@example.com",
      exp: nowSeconds() + 600,
    });
    expect(access?.sub).toMatch(UUID);
    expect(access?.sub).not.toBe("zoe");
    expect(id?.sub).toBe(access?.sub);
    expect(id?.origin_jti).toBe(access?.origin_jti);
    expect(id?.jti).not.toBe(access?.jti);
  });

  it("without rotation: new access and ID tokens of the same sign-in, and no new refresh token", async () => {
    const { client, signIn, advance } = setUp();
    const tokens = await signIn();
    advance(30 * 60 * SECOND);
    const { authenticationResult: fresh } = await getTokensFromRefreshToken(client, {
      refreshToken: tokens.refreshToken,
    });
    expect(fresh.refreshToken).toBeUndefined();
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    const before = readClaims(tokens.accessToken);
    const after = readClaims(fresh.accessToken);
    expect(after?.origin_jti).toBe(before?.origin_jti);
    expect(after?.auth_time).toBe(before?.auth_time);
    expect(after?.iat).toBe((before?.iat as number) + 30 * 60);
    // The same refresh token keeps working.
    await expect(
      getTokensFromRefreshToken(client, { refreshToken: tokens.refreshToken }),
    ).resolves.toBeTruthy();
  });

  it("with rotation and no grace period: a new refresh token, and the old one is refused as reused", async () => {
    const { client, signIn } = setUp({ refreshTokenRotation: { gracePeriodSeconds: 0 } });
    const tokens = await signIn();
    const { authenticationResult: fresh } = await getTokensFromRefreshToken(client, {
      refreshToken: tokens.refreshToken,
    });
    expect(fresh.refreshToken).toBeDefined();
    expect(fresh.refreshToken).not.toBe(tokens.refreshToken);
    const reused = await refusal(getTokensFromRefreshToken(client, { refreshToken: tokens.refreshToken }));
    expect(reused.name).toBe("RefreshTokenReuseException");
    expect(reused.operation).toBe("GetTokensFromRefreshToken");
    // The successor works, once.
    const next = await getTokensFromRefreshToken(client, { refreshToken: fresh.refreshToken as string });
    expect(next.authenticationResult.refreshToken).toBeDefined();
  });

  it("with rotation, within the grace period the old token still works and answers the same successor", async () => {
    const { client, signIn, advance } = setUp({ refreshTokenRotation: { gracePeriodSeconds: 10 } });
    const tokens = await signIn();
    const first = await getTokensFromRefreshToken(client, { refreshToken: tokens.refreshToken });
    advance(9 * SECOND);
    const second = await getTokensFromRefreshToken(client, { refreshToken: tokens.refreshToken });
    expect(second.authenticationResult.refreshToken).toBe(first.authenticationResult.refreshToken);
    advance(2 * SECOND);
    const late = await refusal(getTokensFromRefreshToken(client, { refreshToken: tokens.refreshToken }));
    expect(late.name).toBe("RefreshTokenReuseException");
  });

  it("REFRESH_TOKEN_AUTH gives no refresh token, and is refused when the client rotates", async () => {
    const plain = setUp();
    const tokens = await plain.signIn();
    const answer = await plain.client.initiateAuth({
      authFlow: "REFRESH_TOKEN_AUTH",
      authParameters: { REFRESH_TOKEN: tokens.refreshToken },
    });
    expect(answer.authenticationResult?.accessToken).toBeDefined();
    expect(answer.authenticationResult?.refreshToken).toBeUndefined();

    const rotating = setUp({ refreshTokenRotation: { gracePeriodSeconds: 0 } });
    const rotated = await rotating.signIn();
    const refused = await refusal(
      rotating.client.initiateAuth({
        authFlow: "REFRESH_TOKEN_AUTH",
        authParameters: { REFRESH_TOKEN: rotated.refreshToken },
      }),
    );
    expect(refused.name).toBe("NotAuthorizedException");
  });

  it("RevokeToken ends the refresh token and the access tokens of that sign-in, not another's", async () => {
    const { client, signIn } = setUp();
    const revoked = await signIn();
    const other = await signIn();
    await revokeToken(client, { token: revoked.refreshToken });
    expect(
      (await refusal(getTokensFromRefreshToken(client, { refreshToken: revoked.refreshToken }))).name,
    ).toBe("NotAuthorizedException");
    expect((await refusal(getUser(client, { accessToken: revoked.accessToken }))).name).toBe(
      "NotAuthorizedException",
    );
    await expect(getUser(client, { accessToken: other.accessToken })).resolves.toMatchObject({
      username: "zoe",
    });
    // Revoking again, or an unknown token, is no error; an access token is the wrong kind.
    await expect(revokeToken(client, { token: revoked.refreshToken })).resolves.toBeUndefined();
    expect((await refusal(revokeToken(client, { token: other.accessToken }))).name).toBe(
      "UnsupportedTokenTypeException",
    );
  });

  it("GlobalSignOut ends every sign-in of the user", async () => {
    const { client, signIn } = setUp();
    const one = await signIn();
    const two = await signIn();
    await globalSignOut(client, { accessToken: one.accessToken });
    for (const tokens of [one, two]) {
      expect(
        (await refusal(getTokensFromRefreshToken(client, { refreshToken: tokens.refreshToken }))).name,
      ).toBe("NotAuthorizedException");
      expect((await refusal(getUser(client, { accessToken: tokens.accessToken }))).name).toBe(
        "NotAuthorizedException",
      );
    }
  });

  it("GetUser answers the user's name and attributes, sub included", async () => {
    const { client, signIn } = setUp();
    const tokens = await signIn();
    const user = await getUser(client, { accessToken: tokens.accessToken });
    expect(user.username).toBe("zoe");
    expect(user.userAttributes.email).toBe("zoe@example.com");
    expect(user.userAttributes.sub).toBe(readClaims(tokens.accessToken)?.sub);
    expect(user.mfaSettings).toEqual([]);
  });

  it("a confidential client refreshes and revokes only with its ClientSecret", async () => {
    const fake = createFakeCognito({
      pool: { mfa: "OFF", clientSecret: "s3cret" },
      users: [{ username: "zoe", password: PASSWORD }],
    });
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: fake,
      secretHash: (username) => secretHashFor("s3cret", username, fake.clientId),
    });
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "zoe", PASSWORD },
    });
    const refreshToken = answer.authenticationResult?.refreshToken as string;
    const without = await refusal(getTokensFromRefreshToken(client, { refreshToken }));
    expect(without.name).toBe("NotAuthorizedException");
    await expect(
      getTokensFromRefreshToken(client, { refreshToken, clientSecret: "s3cret" }),
    ).resolves.toBeTruthy();
    expect((await refusal(revokeToken(client, { token: refreshToken }))).name).toBe("UnauthorizedException");
    await revokeToken(client, { token: refreshToken, clientSecret: "s3cret" });
    expect(
      (await refusal(getTokensFromRefreshToken(client, { refreshToken, clientSecret: "s3cret" }))).name,
    ).toBe("NotAuthorizedException");
  });
});
