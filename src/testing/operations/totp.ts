/**
 * Authenticator apps: AssociateSoftwareToken and VerifySoftwareToken, by a sign-in's MFA_SETUP session
 * or by the access token of a signed-in user.
 */
import { FakeCognitoError } from "../errors";
import { type PoolState, requireString, type Wire } from "../pool";
import { INVALID_SESSION } from "../sessions";
import { newTotpSecret, verifyTotp } from "../totp";

function sessionOrToken(body: Wire): { session: string } | { accessToken: string } {
  const hasSession = typeof body.Session === "string" && body.Session !== "";
  const hasToken = typeof body.AccessToken === "string" && body.AccessToken !== "";
  if (hasSession === hasToken) {
    throw new FakeCognitoError(
      "InvalidParameterException",
      "Exactly one of AccessToken or Session is required.",
    );
  }
  return hasSession ? { session: body.Session as string } : { accessToken: body.AccessToken as string };
}

export function associateSoftwareToken(state: PoolState, body: Wire): Wire {
  const by = sessionOrToken(body);
  const secret = newTotpSecret();
  if ("accessToken" in by) {
    const user = state.userForAccessToken(by.accessToken);
    state.pendingTotp.set(user.username, secret);
    return { SecretCode: secret };
  }
  const session = state.sessions.take(by.session, undefined, ["MFA_SETUP"]);
  if (!state.pool.mfaSetupTypes.includes("SOFTWARE_TOKEN_MFA")) {
    throw new FakeCognitoError(
      "SoftwareTokenMFANotFoundException",
      "Software token MFA is not enabled for the user pool.",
    );
  }
  const next = state.sessions.issue({
    username: session.username,
    step: "VERIFY_SOFTWARE_TOKEN",
    totpSecret: secret,
  });
  return { SecretCode: secret, Session: next };
}

export async function verifySoftwareToken(state: PoolState, body: Wire): Promise<Wire> {
  const by = sessionOrToken(body);
  const code = requireString(body, "UserCode");
  if ("accessToken" in by) {
    const user = state.userForAccessToken(by.accessToken);
    const secret = state.pendingTotp.get(user.username);
    if (!secret)
      throw new FakeCognitoError(
        "SoftwareTokenMFANotFoundException",
        "Software token MFA is not associated.",
      );
    if (!(await verifyTotp(secret, code, state.clock()))) {
      throw new FakeCognitoError(
        "EnableSoftwareTokenMFAException",
        "Code mismatch and fail enable Software Token MFA",
      );
    }
    state.pendingTotp.delete(user.username);
    const name = typeof body.FriendlyDeviceName === "string" ? body.FriendlyDeviceName : undefined;
    // Verified is not on: Cognito asks for the app at sign-in only once SetUserMFAPreference turns it on
    // (a new secret for an authenticator already on keeps it on).
    const on = Boolean(user.mfa?.totpSecret) && user.mfa?.totpEnabled !== false;
    user.mfa = {
      ...user.mfa,
      totpSecret: secret,
      totpEnabled: on,
      ...(name ? { totpDeviceName: name } : {}),
    };
    return { Status: "SUCCESS" };
  }
  const session = state.sessions.take(by.session, undefined, ["VERIFY_SOFTWARE_TOKEN"]);
  if (!session.totpSecret || !(await verifyTotp(session.totpSecret, code, state.clock()))) {
    if (state.sessions.retry(session)) {
      throw new FakeCognitoError(
        "EnableSoftwareTokenMFAException",
        "Code mismatch and fail enable Software Token MFA",
      );
    }
    throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
  }
  const next = state.sessions.issue({
    username: session.username,
    step: "MFA_SETUP",
    totpSecret: session.totpSecret,
    totpVerified: true,
  });
  return { Status: "SUCCESS", Session: next };
}

/** The secret a user's authenticator holds: verified, or waiting to be (by session or token). */
export function totpSecret(state: PoolState, username: string): string | undefined {
  const user = state.findUser(username);
  if (!user) return undefined;
  const pendingBySession = state.sessions
    .liveFor(user.username)
    .find((session) => session.totpSecret)?.totpSecret;
  return pendingBySession ?? state.pendingTotp.get(user.username) ?? user.mfa?.totpSecret;
}
