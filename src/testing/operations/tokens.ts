/**
 * The session after sign-in: GetTokensFromRefreshToken (with and without rotation, its grace period and
 * reuse detection), RevokeToken, GlobalSignOut and GetUser. What the reference leaves open is marked
 * *unverified*: the fake chooses, and tests pin the choice.
 */
import { FakeCognitoError } from "../errors";
import { type PoolState, requireString, type Wire } from "../pool";

export function getTokensFromRefreshToken(state: PoolState, body: Wire): Wire {
  state.checkClient(body);
  state.checkClientSecret(body);
  const token = requireString(body, "RefreshToken");
  const { user, issued } = state.liveRefreshToken(token);
  const rotation = state.pool.refreshTokenRotation;
  if (!rotation)
    return { AuthenticationResult: state.tokens(user, false, false, issued).AuthenticationResult };

  let successor = issued.replacedBy;
  if (successor !== undefined) {
    // Spent by an earlier refresh: within the grace period it still works, and (unverified) answers
    // with the token that replaced it, so that two tabs that refreshed at once end with the same one.
    const graceEnds = (issued.replacedAt ?? 0) + rotation.gracePeriodSeconds * 1000;
    if (state.clock() >= graceEnds)
      throw new FakeCognitoError("RefreshTokenReuseException", "Refresh token has been used already.");
  } else {
    successor = state.issueRefreshToken(user, issued.originJti, issued.authTime, issued.amr);
    issued.replacedBy = successor;
    issued.replacedAt = state.clock();
  }
  const result = state.tokens(user, false, false, issued).AuthenticationResult;
  return { AuthenticationResult: { ...result, RefreshToken: successor } };
}

export function revokeToken(state: PoolState, body: Wire): Wire {
  state.checkClient(body);
  // Unverified: which documented name Cognito gives a wrong secret here; UnauthorizedException is the one.
  state.checkClientSecret(body, "UnauthorizedException");
  const token = requireString(body, "Token");
  if (state.accessTokens.has(token))
    throw new FakeCognitoError("UnsupportedTokenTypeException", "The token type is not supported.");
  // An unknown or already revoked token is no error (as OAuth's revocation endpoint): it is revoked.
  const issued = state.refreshTokens.get(token);
  if (issued) state.revokeOrigin(issued.originJti);
  return {};
}

export function globalSignOut(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  const origins = new Set<string>();
  for (const issued of state.refreshTokens.values()) {
    if (issued.username === user.username) origins.add(issued.originJti);
  }
  for (const issued of state.accessTokens.values()) {
    if (issued.username === user.username) origins.add(issued.originJti);
  }
  for (const origin of origins) state.revokeOrigin(origin);
  return {};
}

export function getUser(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  const attributes = {
    sub: user.sub ?? "",
    ...state.userAttributes(user),
    ...(user.email ? { email_verified: String(state.isVerified(user, "email")) } : {}),
    ...(user.phone ? { phone_number_verified: String(state.isVerified(user, "phone_number")) } : {}),
  };
  const mfa = state.mfaMethods(user);
  return {
    Username: user.username,
    UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    ...(mfa.length > 0 ? { UserMFASettingList: mfa } : {}),
    ...(user.mfa?.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
  };
}
