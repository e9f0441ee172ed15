/**
 * Sign-in and its challenges: InitiateAuth and RespondToAuthChallenge, from the first factor through new
 * passwords, MFA and its set-up, custom challenges, passkeys and remembered devices, to tokens.
 */
import type { FirstFactor, MfaType } from "../../core/index";
import { FakeCognitoError, WRONG_CODE, WRONG_CREDENTIALS } from "../errors";
import { acrOf, type PoolState, requireString, type StringMap, stringMap, type Wire } from "../pool";
import { INVALID_SESSION, type SessionState, type SessionStep } from "../sessions";
import { srpChallengeParameters, startSrpRound } from "../srp";
import { randomId } from "../tokens";
import { verifyTotp } from "../totp";
import type { FakeUser } from "../types";
import { verifyAssertion } from "../webauthn";
import { checkClaim, passwordVerifierChallenge } from "./srp";

function webauthnChallenge(state: PoolState, user: FakeUser) {
  const challenge = randomId(32);
  const options = {
    challenge,
    rpId: state.rpId,
    timeout: 180_000,
    userVerification: state.realism ? "required" : "preferred",
    allowCredentials: (user.passkeys ?? []).map((passkey) => ({
      id: passkey.credentialId,
      type: "public-key",
    })),
    // Members the service adds that a client must pass on or ignore, not choke on.
    ...(state.realism ? { hints: ["client-device", "hybrid"], attestation: "none" } : {}),
  };
  return state.challenge(
    "WEB_AUTHN",
    user,
    { webauthnChallenge: challenge },
    {
      CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options),
    },
  );
}

/**
 * Under realism, a challenge as recorded after SRP and after SELECT_MFA_TYPE: without USER_ID_FOR_SRP,
 * with only `keep` (USERNAME after SRP, nothing after the MFA choice) in its place.
 */
async function asRecorded(state: PoolState, result: Wire | Promise<Wire>, keep: StringMap): Promise<Wire> {
  const answer = await result;
  const parameters = answer.ChallengeParameters as StringMap | undefined;
  if (!state.realism || answer.ChallengeName === undefined || !parameters?.USER_ID_FOR_SRP) return answer;
  const { USER_ID_FOR_SRP: _left, ...rest } = parameters;
  return { ...answer, ChallengeParameters: { ...rest, ...keep } };
}

/** What follows a proven first factor: a new password if one is due, then MFA, then tokens. */
function afterPassword(state: PoolState, user: FakeUser, deviceKey?: string) {
  if (user.status === "FORCE_CHANGE_PASSWORD") {
    return state.challenge(
      "NEW_PASSWORD_REQUIRED",
      user,
      {},
      {
        userAttributes: JSON.stringify(
          state.realism
            ? {
                // As recorded: unset required attributes as "", verification flags beside them.
                ...Object.fromEntries(state.missingRequiredAttributes(user).map((name) => [name, ""])),
                ...state.userAttributes(user),
                ...(user.email ? { email_verified: "true" } : {}),
              }
            : state.userAttributes(user),
        ),
        requiredAttributes: JSON.stringify(
          state.missingRequiredAttributes(user).map((name) => `userAttributes.${name}`),
        ),
      },
    );
  }
  if (user.status === "UNCONFIRMED")
    throw new FakeCognitoError("UserNotConfirmedException", "User is not confirmed.");
  // A remembered device proves itself instead of MFA.
  const device = state.rememberedDevice(user, deviceKey);
  if (device) return state.challenge("DEVICE_SRP_AUTH", user, { deviceKey: device.deviceKey });
  return mfaStep(state, user);
}

function mfaStep(state: PoolState, user: FakeUser) {
  if (state.pool.mfa === "OFF") return state.tokens(user);
  const methods = state.mfaMethods(user);
  if (methods.length === 0) {
    if (state.pool.mfa === "OPTIONAL") return state.tokens(user);
    return state.challenge(
      "MFA_SETUP",
      user,
      {},
      { MFAS_CAN_SETUP: JSON.stringify(state.pool.mfaSetupTypes) },
    );
  }
  const preferred = user.mfa?.preferred;
  if (methods.length === 1 || (preferred && methods.includes(preferred))) {
    return mfaChallenge(state, user, methods.length === 1 ? (methods[0] as MfaType) : (preferred as MfaType));
  }
  return state.challenge(
    "SELECT_MFA_TYPE",
    user,
    { mfaChoices: methods },
    // AWS's docs name email MFA EMAIL_MFA here; the real service has been seen sending either name.
    {
      MFAS_CAN_CHOOSE: JSON.stringify(
        state.realism ? methods.map((method) => (method === "EMAIL_OTP" ? "EMAIL_MFA" : method)) : methods,
      ),
    },
  );
}

function mfaChallenge(state: PoolState, user: FakeUser, method: MfaType) {
  if (method === "SMS_MFA") return state.otpChallenge(user, "SMS_MFA");
  if (method === "EMAIL_OTP") return state.otpChallenge(user, "EMAIL_OTP", { isMfa: true });
  const name = user.mfa?.totpDeviceName;
  return state.challenge("SOFTWARE_TOKEN_MFA", user, {}, name ? { FRIENDLY_DEVICE_NAME: name } : {});
}

function checkPassword(user: FakeUser, password: string | undefined): void {
  if (user.status === "RESET_REQUIRED") {
    throw new FakeCognitoError("PasswordResetRequiredException", "Password reset required for the user");
  }
  if (user.password === undefined || password !== user.password) {
    throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
  }
}

export async function initiateAuth(state: PoolState, body: Wire): Promise<Wire> {
  state.checkClient(body);
  const flow = requireString(body, "AuthFlow");
  const parameters = stringMap(body.AuthParameters);
  if (flow === "REFRESH_TOKEN_AUTH" || flow === "REFRESH_TOKEN") return refresh(state, parameters);
  const typed = parameters.USERNAME;
  if (!typed) throw new FakeCognitoError("InvalidParameterException", "Missing required parameter USERNAME");
  const user = state.findUser(typed);
  await state.checkSecretHash(parameters, typed);
  switch (flow) {
    case "USER_PASSWORD_AUTH":
      if (!user) throw state.unknownUser();
      checkPassword(user, parameters.PASSWORD);
      return afterPassword(state, user, parameters.DEVICE_KEY);
    case "USER_AUTH":
      if (typeof body.Session === "string") return afterSignUp(state, user, body.Session);
      if (parameters.ACCESS_TOKEN !== undefined) return stepUp(state, user, typed, parameters);
      return userAuth(state, user, typed, parameters);
    case "CUSTOM_AUTH":
      if (!user) throw state.unknownUser();
      // As AWS's Define Auth Challenge example: SRP first when the client asks for it, then the script.
      if (parameters.CHALLENGE_NAME === "SRP_A")
        return passwordVerifierChallenge(state, user, parameters.SRP_A, parameters.DEVICE_KEY, {
          customAfterSrp: true,
        });
      return customStep(state, user, 0);
    case "USER_SRP_AUTH":
      if (!user) throw state.unknownUser();
      return passwordVerifierChallenge(state, user, parameters.SRP_A, parameters.DEVICE_KEY);
    default:
      throw new FakeCognitoError("InvalidParameterException", `Unsupported AuthFlow ${flow}`);
  }
}

/**
 * USER_AUTH with the signed-in user's access token: a step-up. TARGET_ACR_VALUES is required; with
 * MAX_AGE, a sign-in recent and strong enough gets tokens at once (its `auth_time` kept). Otherwise the
 * user proves who they are again, as at any USER_AUTH sign-in, and the tokens say how (`acr`, `amr`).
 * Unverified: whether the new tokens continue the old sign-in's session; here they start a new one.
 */
function stepUp(state: PoolState, user: FakeUser | undefined, typed: string, parameters: StringMap) {
  const target = parameters.TARGET_ACR_VALUES;
  if (!target)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "TARGET_ACR_VALUES is required with ACCESS_TOKEN.",
    );
  const token = parameters.ACCESS_TOKEN ?? "";
  const signedIn = state.userForAccessToken(token);
  if (signedIn.username !== user?.username)
    throw new FakeCognitoError("NotAuthorizedException", "The access token is not the user's.");
  const issued = state.accessTokens.get(token);
  const levels = target.split(" ").map((value) => Number(/^urn:cognito:loa:(\d+)$/.exec(value)?.[1]));
  if (levels.some(Number.isNaN))
    throw new FakeCognitoError("InvalidParameterException", "TARGET_ACR_VALUES has an unknown level.");
  const maxAge = parameters.MAX_AGE === undefined ? undefined : Number(parameters.MAX_AGE);
  const reached = Number(
    acrOf(issued?.amr ?? [])
      .split(":")
      .pop(),
  );
  if (
    issued &&
    maxAge !== undefined &&
    Math.floor(state.clock() / 1000) - issued.authTime <= maxAge &&
    reached >= Math.min(...levels)
  )
    return state.tokens(signedIn, true, false, issued);
  return userAuth(state, signedIn, typed, parameters);
}

/**
 * USER_AUTH with ConfirmSignUp's Session: the confirmed code was the first factor, so what follows a
 * first factor follows (MFA, or its set-up where the pool requires it, then tokens). Once, while live.
 */
function afterSignUp(state: PoolState, user: FakeUser | undefined, session: string) {
  const taken = state.sessions.take(session, user?.username, ["SIGN_IN_AFTER_SIGN_UP"]);
  const signingIn = user ?? state.findUser(taken.username);
  if (!signingIn) throw state.unknownUser();
  return afterPassword(state, signingIn);
}

/** REFRESH_TOKEN_AUTH: new access and ID tokens, never a new refresh token; refused under rotation. */
function refresh(state: PoolState, parameters: StringMap) {
  if (state.pool.refreshTokenRotation)
    throw new FakeCognitoError(
      "NotAuthorizedException",
      "Refresh token rotation is enabled: use GetTokensFromRefreshToken.",
    );
  const { user, issued } = state.liveRefreshToken(parameters.REFRESH_TOKEN);
  return state.tokens(user, false, false, issued);
}

function userAuth(state: PoolState, user: FakeUser | undefined, typed: string, parameters: StringMap) {
  const preferred = parameters.PREFERRED_CHALLENGE;
  if (!user) {
    // Do not reveal that the user does not exist: offer the pool's first factors, none of which can
    // ever succeed.
    if (!state.pool.preventUserExistenceErrors) throw state.unknownUser();
    if (preferred === "PASSWORD" && parameters.PASSWORD !== undefined) throw state.unknownUser();
    const factors = state.pool.firstFactors.length > 0 ? state.pool.firstFactors : ["PASSWORD" as const];
    const session = state.sessions.issue({
      username: typed,
      step: "SELECT_CHALLENGE",
      decoy: true,
      availableChallenges: factors,
    });
    return {
      ChallengeName: "SELECT_CHALLENGE",
      Session: session,
      ChallengeParameters: {},
      AvailableChallenges: factors,
    };
  }
  if (user.status === "RESET_REQUIRED") {
    throw new FakeCognitoError("PasswordResetRequiredException", "Password reset required for the user");
  }
  const available = state.firstFactors(user);
  if (preferred && available.includes(preferred as FirstFactor)) {
    return startFactor(state, user, preferred as FirstFactor, parameters, parameters.DEVICE_KEY);
  }
  const session = state.sessions.issue({
    username: user.username,
    step: "SELECT_CHALLENGE",
    availableChallenges: available,
    ...(parameters.DEVICE_KEY ? { deviceKey: parameters.DEVICE_KEY } : {}),
  });
  return {
    ChallengeName: "SELECT_CHALLENGE",
    Session: session,
    ChallengeParameters: { USER_ID_FOR_SRP: user.username },
    AvailableChallenges: available,
  };
}

/**
 * Starts a chosen first factor; with the password (or SRP_A) given, goes on in the same call. `given`
 * is AuthParameters or ChallengeResponses.
 */
function startFactor(
  state: PoolState,
  user: FakeUser,
  factor: FirstFactor,
  given: StringMap,
  deviceKey?: string,
) {
  const device = deviceKey ? { deviceKey } : {};
  switch (factor) {
    case "PASSWORD":
      if (given.PASSWORD === undefined) return state.challenge("PASSWORD", user, device);
      checkPassword(user, given.PASSWORD);
      return afterPassword(state, user, deviceKey);
    case "SMS_OTP":
    case "EMAIL_OTP":
      return state.otpChallenge(user, factor);
    case "WEB_AUTHN":
      return webauthnChallenge(state, user);
    case "PASSWORD_SRP":
      if (given.SRP_A === undefined) return state.challenge("PASSWORD_SRP", user, device);
      return passwordVerifierChallenge(state, user, given.SRP_A, deviceKey);
  }
}

function customStep(state: PoolState, user: FakeUser, step: number, failedAnswers = 0) {
  const script = user.customChallenge;
  if (!script?.length) {
    throw new FakeCognitoError(
      "NotAuthorizedException",
      "Custom auth lambda trigger is not configured for the user pool.",
    );
  }
  const current = script[step];
  if (!current) return state.tokens(user);
  return state.challenge("CUSTOM_CHALLENGE", user, { customStep: step, failedAnswers }, current.parameters);
}

export async function respondToAuthChallenge(state: PoolState, body: Wire): Promise<Wire> {
  state.checkClient(body);
  const name = requireString(body, "ChallengeName");
  const responses = stringMap(body.ChallengeResponses);
  const typed = responses.USERNAME;
  if (!typed) throw new FakeCognitoError("InvalidParameterException", "Missing required parameter USERNAME");
  await state.checkSecretHash(responses, typed);
  const user = state.findUser(typed);
  // Under realism, answers must name the user as USER_ID_FOR_SRP did: an alias is refused, so a client
  // that loses the id on a step that came without one is caught here.
  if (state.realism && user && typed !== user.username)
    throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
  const step = (name === "EMAIL_MFA" ? "EMAIL_OTP" : name) as SessionStep;
  const session = state.sessions.take(
    typeof body.Session === "string" ? body.Session : undefined,
    user?.username ?? typed,
    [step],
  );
  if (session.decoy || !user) throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
  const deviceKey = responses.DEVICE_KEY ?? session.deviceKey;

  /** A wrong answer: the same session may try again, up to the pool's limit. */
  const wrong = (exception: string, message: string): never => {
    if (state.sessions.retry(session)) throw new FakeCognitoError(exception, message);
    throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
  };

  switch (session.step) {
    // A sign-up's sessions answer no challenge (unverified: Cognito's message for a name that is none).
    case "CONFIRM_SIGN_UP":
    case "SIGN_IN_AFTER_SIGN_UP":
      throw new FakeCognitoError("InvalidParameterException", `${name} is not a valid challenge name.`);
    case "SELECT_CHALLENGE": {
      const answer = responses.ANSWER as FirstFactor | undefined;
      if (!answer || !session.availableChallenges?.includes(answer)) {
        throw new FakeCognitoError(
          "InvalidParameterException",
          `ANSWER must be one of ${session.availableChallenges?.join(", ")}`,
        );
      }
      if (answer === "PASSWORD" && responses.PASSWORD !== undefined && responses.PASSWORD !== user.password) {
        wrong("NotAuthorizedException", WRONG_CREDENTIALS);
      }
      return startFactor(state, user, answer, responses, deviceKey);
    }
    case "PASSWORD":
      if (user.status !== "RESET_REQUIRED" && responses.PASSWORD !== user.password) {
        wrong("NotAuthorizedException", WRONG_CREDENTIALS);
      }
      checkPassword(user, responses.PASSWORD);
      return afterPassword(state, user, deviceKey);
    case "PASSWORD_SRP":
      return passwordVerifierChallenge(state, user, responses.SRP_A, deviceKey);
    case "PASSWORD_VERIFIER":
      // A wrong claim ends the round: B is spent, so the client must start over with a new A.
      await checkClaim(state, session.srp, responses);
      return asRecorded(
        state,
        session.customAfterSrp ? customStep(state, user, 0) : afterPassword(state, user, deviceKey),
        { USERNAME: user.username },
      );
    case "DEVICE_SRP_AUTH": {
      const device = state.rememberedDevice(user, deviceKey);
      if (!device?.verifier || !device.salt)
        throw new FakeCognitoError("ResourceNotFoundException", "Device does not exist.");
      const srp = await startSrpRound({
        srpA: responses.SRP_A,
        verifier: BigInt(`0x${device.verifier}`),
        salt: device.salt,
        poolName: device.deviceGroupKey,
        userId: device.deviceKey,
      });
      if (!srp) throw new FakeCognitoError("InvalidParameterException", "SRP_A is missing or invalid.");
      return state.challenge(
        "DEVICE_PASSWORD_VERIFIER",
        user,
        { srp, deviceKey: device.deviceKey },
        srpChallengeParameters(srp),
      );
    }
    case "DEVICE_PASSWORD_VERIFIER": {
      await checkClaim(state, session.srp, responses);
      const device = session.deviceKey === undefined ? undefined : state.devices.get(session.deviceKey);
      if (device) device.lastAuthenticatedAt = state.clock();
      return state.tokens(user, true, false);
    }
    case "SMS_OTP":
    case "EMAIL_OTP":
    case "SMS_MFA": {
      const key = name === "EMAIL_MFA" ? "EMAIL_MFA_CODE" : `${session.step}_CODE`;
      const answer = responses[key] ?? (session.step === "EMAIL_OTP" ? responses.EMAIL_MFA_CODE : undefined);
      if (answer !== session.code) wrong("CodeMismatchException", WRONG_CODE);
      if (session.enablesEmailMfa) user.mfa = { ...user.mfa, email: true };
      // A code after the password is a second factor; a code alone, the only one.
      const second = session.step === "SMS_MFA" || session.isMfa || session.enablesEmailMfa;
      return state.tokens(user, true, true, undefined, second ? ["pwd", "otp", "mfa"] : ["otp"]);
    }
    case "SOFTWARE_TOKEN_MFA": {
      const secret = user.mfa?.totpSecret;
      const code = responses.SOFTWARE_TOKEN_MFA_CODE ?? "";
      if (!secret || !(await verifyTotp(secret, code, state.clock())))
        wrong("CodeMismatchException", WRONG_CODE);
      return state.tokens(user, true, true, undefined, ["pwd", "otp", "mfa"]);
    }
    case "SELECT_MFA_TYPE": {
      // Email MFA answered under either of its names.
      const answer = (responses.ANSWER === "EMAIL_MFA" ? "EMAIL_OTP" : responses.ANSWER) as
        | MfaType
        | undefined;
      if (!answer || !session.mfaChoices?.includes(answer)) {
        throw new FakeCognitoError(
          "InvalidParameterException",
          `ANSWER must be one of ${session.mfaChoices?.join(", ")}`,
        );
      }
      return asRecorded(state, mfaChallenge(state, user, answer), {});
    }
    case "MFA_SETUP":
      return finishMfaSetup(state, user, session, responses);
    case "NEW_PASSWORD_REQUIRED":
      return setNewPassword(state, user, responses);
    case "CUSTOM_CHALLENGE": {
      const stepIndex = session.customStep ?? 0;
      const expected = user.customChallenge?.[stepIndex]?.answer;
      if (responses.ANSWER === expected) return customStep(state, user, stepIndex + 1);
      // Like a typical DefineAuthChallenge Lambda: ask again with a new session, then fail.
      const failedAnswers = (session.failedAnswers ?? 0) + 1;
      if (failedAnswers >= state.pool.maxAttempts)
        throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
      return customStep(state, user, stepIndex, failedAnswers);
    }
    case "WEB_AUTHN":
      if (
        !(await verifyAssertion(
          responses.CREDENTIAL,
          session.webauthnChallenge,
          user.passkeys ?? [],
          state.rpId,
        ))
      ) {
        throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
      }
      return state.tokens(user, true, true, undefined, ["hwk"]);
    case "VERIFY_SOFTWARE_TOKEN":
      throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
  }
}

function finishMfaSetup(state: PoolState, user: FakeUser, session: SessionState, responses: StringMap) {
  if (responses.EMAIL !== undefined) {
    if (!state.pool.mfaSetupTypes.includes("EMAIL_OTP")) {
      throw new FakeCognitoError(
        "InvalidParameterException",
        "Email MFA cannot be set up in this user pool.",
      );
    }
    user.email = responses.EMAIL;
    return state.otpChallenge(user, "EMAIL_OTP", { isMfa: true, enablesEmailMfa: true });
  }
  if (!session.totpVerified || !session.totpSecret) {
    throw new FakeCognitoError(
      "InvalidParameterException",
      "Verify a software token before answering MFA_SETUP.",
    );
  }
  user.mfa = { ...user.mfa, totpSecret: session.totpSecret, totpEnabled: true };
  return state.tokens(user, true, true, undefined, ["pwd", "otp", "mfa"]);
}

function setNewPassword(state: PoolState, user: FakeUser, responses: StringMap) {
  const password = responses.NEW_PASSWORD;
  if (!password)
    throw new FakeCognitoError("InvalidParameterException", "Missing required parameter NEW_PASSWORD");
  if (password.length < state.pool.passwordMinLength) {
    throw new FakeCognitoError(
      "InvalidPasswordException",
      `Password does not conform to policy: Password not long enough`,
    );
  }
  const attributes = { ...user.attributes };
  for (const [key, value] of Object.entries(responses)) {
    if (key.startsWith("userAttributes.")) attributes[key.slice("userAttributes.".length)] = value;
  }
  const missing = state.pool.requiredAttributes.filter((name) => !attributes[name]);
  if (missing.length > 0) {
    throw new FakeCognitoError(
      "InvalidParameterException",
      `Missing required attribute ${missing.join(", ")}`,
    );
  }
  Object.assign(user, { password, attributes, status: "CONFIRMED" });
  return mfaStep(state, user);
}
