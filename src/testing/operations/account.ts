/**
 * The account operations around a sign-in: ForgotPassword and ConfirmForgotPassword, ResendConfirmationCode
 * and ConfirmSignUp, with Cognito's semantics (../shared/docs/cognito-account.md). Codes expire (a reset
 * code in an hour, a confirmation code in a day) and allow five wrong tries; destinations are masked;
 * under PreventUserExistenceErrors an unknown user gets a simulated delivery, never UserNotFound. Where
 * the reference is silent the choice is marked *unverified*.
 */
import { FakeCognitoError } from "../errors";
import { maskEmail } from "../mask";
import { type AccountCode, type PoolState, requireString, type Wire } from "../pool";
import type { FakeUser } from "../types";

const HOUR_MS = 3_600_000;
const WRONG_TRIES = 5;
type Purpose = "reset" | "confirm";

async function checkCaller(state: PoolState, body: Wire): Promise<string> {
  state.checkClient(body);
  const username = requireString(body, "Username");
  const hash = body.SecretHash;
  await state.checkSecretHash(typeof hash === "string" ? { SECRET_HASH: hash } : {}, username);
  return username;
}

/** Sends a code for `purpose` to the user's email (else phone), replacing any earlier one. */
export function sendAccountCode(
  state: PoolState,
  user: FakeUser,
  purpose: Purpose,
  medium: "EMAIL" | "SMS" = user.email ? "EMAIL" : "SMS",
): Wire {
  // Cognito's CONFIRM_WITH_LINK: the email carries a link (with the code in it); a phone gets a code.
  const link = purpose === "confirm" && medium === "EMAIL" && state.pool.confirmWith === "link";
  const { code, parameters } = state.deliver(
    user,
    medium,
    purpose === "reset" ? "ForgotPassword" : "SignUp",
    link,
  );
  const lifetime = purpose === "reset" ? HOUR_MS : 24 * HOUR_MS;
  state.accountCodes.set(`${purpose}:${user.username}`, {
    code,
    expiresAt: state.clock() + lifetime,
    wrongTries: 0,
  });
  return {
    CodeDeliveryDetails: {
      Destination: parameters.CODE_DELIVERY_DESTINATION,
      DeliveryMedium: medium,
      AttributeName: medium === "EMAIL" ? "email" : "phone_number",
    },
  };
}

/**
 * What an unknown user is told under PreventUserExistenceErrors: a delivery that looks real (unverified:
 * the real service's simulated destination).
 */
function simulatedDelivery(username: string): Wire {
  const email = username.includes("@");
  return {
    CodeDeliveryDetails: {
      Destination: email ? maskEmail(username) : "+*******0000",
      DeliveryMedium: email ? "EMAIL" : "SMS",
      AttributeName: email ? "email" : "phone_number",
    },
  };
}

/**
 * What an unknown user gets: UserNotFoundException, or, under PreventUserExistenceErrors, what a wrong
 * code gets where a code is checked (unverified; a code sent is simulated by the caller instead).
 */
function unknownUser(state: PoolState, step: "send" | "code"): FakeCognitoError {
  if (step === "code" && state.pool.preventUserExistenceErrors)
    return new FakeCognitoError(
      "CodeMismatchException",
      "Invalid verification code provided, please try again.",
    );
  return new FakeCognitoError("UserNotFoundException", "Username/client id combination not found.");
}

/** Checks a code; a wrong one counts, and the last allowed wrong one spends the code. */
function checkCode(
  state: PoolState,
  key: string,
  given: string,
  tooMany: "LimitExceededException" | "TooManyFailedAttemptsException",
): void {
  const stored: AccountCode | undefined = state.accountCodes.get(key);
  if (!stored)
    throw new FakeCognitoError("ExpiredCodeException", "Invalid code provided, please request a code again.");
  if (state.clock() >= stored.expiresAt) {
    state.accountCodes.delete(key);
    throw new FakeCognitoError("ExpiredCodeException", "Invalid code provided, please request a code again.");
  }
  if (stored.code === given) return;
  stored.wrongTries += 1;
  if (stored.wrongTries >= WRONG_TRIES) {
    state.accountCodes.delete(key);
    throw new FakeCognitoError(tooMany, "Attempt limit exceeded, please try after some time.");
  }
  throw new FakeCognitoError(
    "CodeMismatchException",
    "Invalid verification code provided, please try again.",
  );
}

export async function forgotPassword(state: PoolState, body: Wire): Promise<Wire> {
  const username = await checkCaller(state, body);
  const user = state.findUser(username);
  if (!user) {
    if (state.pool.preventUserExistenceErrors) return simulatedDelivery(username);
    throw unknownUser(state, "send");
  }
  const verifiedEmail = user.email && state.isVerified(user, "email");
  const verifiedPhone = user.phone && state.isVerified(user, "phone_number");
  if (!verifiedEmail && !verifiedPhone)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "Cannot reset password for the user as there is no registered/verified email or phone_number",
    );
  return sendAccountCode(state, user, "reset");
}

export async function confirmForgotPassword(state: PoolState, body: Wire): Promise<Wire> {
  const username = await checkCaller(state, body);
  const code = requireString(body, "ConfirmationCode");
  const password = requireString(body, "Password");
  const user = state.findUser(username);
  if (!user) throw unknownUser(state, "code");
  if (password.length < state.pool.passwordMinLength)
    throw new FakeCognitoError(
      "InvalidPasswordException",
      "Password does not conform to policy: Password not long enough",
    );
  checkCode(state, `reset:${user.username}`, code, "LimitExceededException");
  if (state.pool.preventPasswordReuse && password === user.password)
    throw new FakeCognitoError(
      "PasswordHistoryPolicyViolationException",
      "Password has previously been used",
    );
  state.accountCodes.delete(`reset:${user.username}`);
  user.password = password;
  if (user.status === "RESET_REQUIRED" || user.status === "FORCE_CHANGE_PASSWORD") user.status = "CONFIRMED";
  return {};
}

export async function resendConfirmationCode(state: PoolState, body: Wire): Promise<Wire> {
  const username = await checkCaller(state, body);
  const user = state.findUser(username);
  if (!user) {
    if (state.pool.preventUserExistenceErrors) return simulatedDelivery(username);
    throw unknownUser(state, "send");
  }
  if (user.status !== "UNCONFIRMED")
    throw new FakeCognitoError("InvalidParameterException", "User is already confirmed.");
  return sendAccountCode(state, user, "confirm");
}

/**
 * The user opens the confirmation link: Cognito's hosted page confirms the account with the code the link
 * carries (one that expired or was replaced confirms nothing). True if it confirmed the account.
 */
export function openConfirmationLink(state: PoolState, username: string): boolean {
  const user = state.findUser(username);
  const stored = user && state.accountCodes.get(`confirm:${user.username}`);
  if (!user || !stored || user.status !== "UNCONFIRMED" || state.clock() >= stored.expiresAt) return false;
  state.accountCodes.delete(`confirm:${user.username}`);
  user.status = "CONFIRMED";
  user.contactVerified = true;
  return true;
}

export async function confirmSignUp(state: PoolState, body: Wire): Promise<Wire> {
  const username = await checkCaller(state, body);
  const code = requireString(body, "ConfirmationCode");
  const user = state.findUser(username);
  if (!user) throw unknownUser(state, "code");
  if (user.status !== "UNCONFIRMED")
    throw new FakeCognitoError(
      "NotAuthorizedException",
      `User cannot be confirmed. Current status is ${user.status ?? "CONFIRMED"}`,
    );
  checkCode(state, `confirm:${user.username}`, code, "TooManyFailedAttemptsException");
  state.accountCodes.delete(`confirm:${user.username}`);
  user.status = "CONFIRMED";
  // The code proves the address it went to: a password can now be reset through it.
  user.contactVerified = true;
  // A Session for a first sign-in only after a SignUp that gave one, and only while SignUp's is live
  // (unverified, and absent from cognito-local: an unusable one confirms all the same, without a Session).
  const given = typeof body.Session === "string" ? body.Session : undefined;
  if (given === undefined) return {};
  try {
    state.sessions.take(given, user.username, ["CONFIRM_SIGN_UP"]);
  } catch {
    return {};
  }
  return { Session: state.sessions.issue({ username: user.username, step: "SIGN_IN_AFTER_SIGN_UP" }) };
}
