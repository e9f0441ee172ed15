/**
 * SignUp, with Cognito's semantics (../shared/docs/cognito-account.md): the pool's username model and
 * required attributes, its password policy, a pre sign-up Lambda's answer, and a confirmation code to the
 * first auto-verified address the new user has. The answer carries a Session: ConfirmSignUp takes it and
 * gives one for a first sign-in by USER_AUTH (operations/signIn.ts). Where the reference is silent the
 * choice is marked *unverified*.
 */
import { FakeCognitoError } from "../errors";
import { type PoolState, requireString, type StringMap, stringMap, type Wire } from "../pool";
import type { FakeUser } from "../types";
import { sendAccountCode } from "./account";

const EMAIL = /^[^@\s]+@[^@\s]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;

/** `[{ Name, Value }]` by name; anything else is refused as Cognito refuses a malformed list. */
function attributeMap(value: unknown, member: string): StringMap {
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value))
    throw new FakeCognitoError("InvalidParameterException", `${member} must be a list of attributes.`);
  const map: StringMap = {};
  for (const item of value) {
    const { Name, Value } = (item ?? {}) as { Name?: unknown; Value?: unknown };
    if (typeof Name !== "string" || (Value !== undefined && typeof Value !== "string"))
      throw new FakeCognitoError("InvalidParameterException", `${member} must be a list of attributes.`);
    map[Name] = Value ?? "";
  }
  return map;
}

function invalid(message: string): FakeCognitoError {
  return new FakeCognitoError("InvalidParameterException", message);
}

/** The username under the pool's model, and the attributes it stands for (email or phone as username). */
function usernameOf(state: PoolState, typed: string, attributes: StringMap): StringMap {
  const model = state.pool.usernameAttributes;
  if (model.length === 0) {
    // Cognito refuses a free username shaped like an email or phone when those are the pool's aliases;
    // the fake has no aliases, so any username goes (unverified for other pools).
    return attributes;
  }
  if (model.includes("email") && EMAIL.test(typed)) return { ...attributes, email: typed };
  if (model.includes("phone_number") && E164.test(typed)) return { ...attributes, phone_number: typed };
  throw invalid(
    model.length === 2
      ? "Username should be either an email or a phone number."
      : model[0] === "email"
        ? "Username should be an email."
        : "Username should be a phone number.",
  );
}

function checkAttributes(state: PoolState, attributes: StringMap): void {
  if (attributes.email !== undefined && !EMAIL.test(attributes.email))
    throw invalid("Invalid email address format.");
  if (attributes.phone_number !== undefined && !E164.test(attributes.phone_number))
    throw invalid("Invalid phone number format.");
  const missing = state.pool.requiredAttributes.filter((name) => !attributes[name]);
  if (missing.length > 0)
    throw invalid(
      `Attributes did not conform to the schema: ${missing
        .map((name) => `${name}: The attribute ${name} is required`)
        .join(", ")}`,
    );
}

/** No password: only where the pool offers a passwordless first factor the new user can receive. */
function checkPassword(state: PoolState, password: string | undefined, attributes: StringMap): void {
  if (password === undefined) {
    const factors = state.pool.firstFactors;
    const passwordless =
      (factors.includes("EMAIL_OTP") && attributes.email !== undefined) ||
      (factors.includes("SMS_OTP") && attributes.phone_number !== undefined);
    // Unverified: the exact message for a password left out where the pool needs one.
    if (!passwordless) throw invalid("Password is required for this user pool.");
    return;
  }
  if (password.length < state.pool.passwordMinLength)
    throw new FakeCognitoError(
      "InvalidPasswordException",
      "Password did not conform with policy: Password not long enough",
    );
}

export async function signUp(state: PoolState, body: Wire): Promise<Wire> {
  state.checkClient(body);
  const typed = requireString(body, "Username");
  const hash = body.SecretHash;
  await state.checkSecretHash(typeof hash === "string" ? { SECRET_HASH: hash } : {}, typed);
  const password = typeof body.Password === "string" ? body.Password : undefined;
  const attributes = usernameOf(state, typed, attributeMap(body.UserAttributes, "UserAttributes"));
  const validationData = attributeMap(body.ValidationData, "ValidationData");
  // Taken by this username, or by its email or phone as another user's username (the username model).
  const taken = [typed, attributes.email, attributes.phone_number].some(
    (name) => name !== undefined && state.users.some((user) => user.username === name),
  );
  if (taken) throw new FakeCognitoError("UsernameExistsException", "User already exists");
  checkAttributes(state, attributes);
  checkPassword(state, password, attributes);

  const answer = state.pool.preSignUp?.({
    username: typed,
    userAttributes: { ...attributes },
    validationData,
    clientMetadata: stringMap(body.ClientMetadata),
  });
  if (answer && "refuse" in answer)
    throw new FakeCognitoError(
      "UserLambdaValidationException",
      `PreSignUp failed with error ${answer.refuse}.`,
    );

  const { email, phone_number: phone, ...rest } = attributes;
  const confirmed = answer?.autoConfirmUser === true;
  const user: FakeUser = {
    username: typed,
    sub: crypto.randomUUID(),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(password !== undefined ? { password } : {}),
    status: confirmed ? "CONFIRMED" : "UNCONFIRMED",
    attributes: rest,
    contactVerified: answer?.autoVerifyEmail === true || answer?.autoVerifyPhone === true,
  };
  state.users.push(user);

  // The code goes to the first auto-verified address the user has; none: an administrator confirms.
  const target = confirmed
    ? undefined
    : state.pool.autoVerifiedAttributes.find((name) => (name === "email" ? email : phone) !== undefined);
  const delivery = target
    ? sendAccountCode(state, user, "confirm", target === "email" ? "EMAIL" : "SMS")
    : {};
  return {
    UserConfirmed: confirmed,
    UserSub: user.sub,
    ...delivery,
    ...(confirmed ? {} : { Session: state.sessions.issue({ username: typed, step: "CONFIRM_SIGN_UP" }) }),
  };
}
