import { answerChallenge } from "../../src/core/answers";
import { type Challenge, type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import type { AuthResponse } from "../../src/core/types";

function challenge<N extends Challenge["name"]>(
  name: N,
  response: AuthResponse,
  typed = "typed-name",
): ChallengeOf<N> {
  const parsed = parseChallenge(response, typed);
  expect(parsed?.name).toBe(name);
  return parsed as ChallengeOf<N>;
}

const withSession = (challengeName: string, challengeParameters: Record<string, string> = {}) =>
  ({ challengeName, session: "sess", challengeParameters }) as AuthResponse;

describe("parseChallenge", () => {
  it("is undefined when the response carries tokens", () => {
    expect(parseChallenge({ authenticationResult: { accessToken: "a" } })).toBeUndefined();
  });

  it("answers as USER_ID_FOR_SRP, else USERNAME, else what the user typed", () => {
    expect(
      challenge("PASSWORD", withSession("PASSWORD", { USER_ID_FOR_SRP: "sub-1", USERNAME: "u" })).username,
    ).toBe("sub-1");
    expect(challenge("PASSWORD", withSession("PASSWORD", { USERNAME: "u" })).username).toBe("u");
    expect(challenge("PASSWORD", withSession("PASSWORD")).username).toBe("typed-name");
  });

  it("SELECT_CHALLENGE keeps the known first factors in Cognito's order", () => {
    const select = challenge("SELECT_CHALLENGE", {
      ...withSession("SELECT_CHALLENGE"),
      availableChallenges: [
        "EMAIL_OTP",
        "FUTURE_FACTOR",
        "PASSWORD",
        "WEB_AUTHN",
      ] as AuthResponse["availableChallenges"],
    });
    expect(select.availableChallenges).toEqual(["EMAIL_OTP", "PASSWORD", "WEB_AUTHN"]);
  });

  it.each(["SMS_OTP", "EMAIL_OTP", "SMS_MFA", "EMAIL_MFA"] as const)(
    "%s shows where the code went",
    (name) => {
      const parsed = challenge(
        name,
        withSession(name, {
          CODE_DELIVERY_DELIVERY_MEDIUM: "SMS",
          CODE_DELIVERY_DESTINATION: "+*******0100",
        }),
      );
      expect(parsed).toMatchObject({
        delivery: { medium: "SMS", destination: "+*******0100" },
        session: "sess",
      });
    },
  );

  it("SELECT_MFA_TYPE decodes MFAS_CAN_CHOOSE and drops names it does not know", () => {
    const parsed = challenge(
      "SELECT_MFA_TYPE",
      withSession("SELECT_MFA_TYPE", {
        MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP","NEW_MFA"]',
      }),
    );
    expect(parsed.mfasCanChoose).toEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);
  });

  it("MFA_SETUP accepts MFAS_CAN_SETUP as a JSON string or as a real array", () => {
    expect(
      challenge("MFA_SETUP", withSession("MFA_SETUP", { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }))
        .mfasCanSetup,
    ).toEqual(["SOFTWARE_TOKEN_MFA"]);
    const raw = {
      challengeName: "MFA_SETUP",
      challengeParameters: { MFAS_CAN_SETUP: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"] },
    };
    expect(challenge("MFA_SETUP", raw as unknown as AuthResponse).mfasCanSetup).toEqual([
      "SOFTWARE_TOKEN_MFA",
      "EMAIL_OTP",
    ]);
  });

  it("NEW_PASSWORD_REQUIRED decodes attributes and strips the userAttributes. prefix", () => {
    const parsed = challenge(
      "NEW_PASSWORD_REQUIRED",
      withSession("NEW_PASSWORD_REQUIRED", {
        userAttributes: '{"email":"zoë@example.com","email_verified":"true","custom:tier":"gold"}',
        requiredAttributes: '["userAttributes.given_name","userAttributes.family_name"]',
      }),
    );
    expect(parsed.userAttributes).toEqual({
      email: "zoë@example.com",
      email_verified: "true",
      "custom:tier": "gold",
    });
    expect(parsed.requiredAttributes).toEqual(["given_name", "family_name"]);
  });

  it("NEW_PASSWORD_REQUIRED without attributes has none", () => {
    const parsed = challenge("NEW_PASSWORD_REQUIRED", withSession("NEW_PASSWORD_REQUIRED"));
    expect(parsed).toMatchObject({ userAttributes: {}, requiredAttributes: [] });
  });

  it("WEB_AUTHN decodes CREDENTIAL_REQUEST_OPTIONS", () => {
    const options = {
      challenge: "Y2hhbGxlbmdl",
      rpId: "example.com",
      timeout: 180000,
      userVerification: "required",
      allowCredentials: [{ id: "Y3JlZA", type: "public-key", transports: ["internal", "hybrid"] }],
    };
    const parsed = challenge(
      "WEB_AUTHN",
      withSession("WEB_AUTHN", { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }),
    );
    expect(parsed.credentialRequestOptions).toEqual(options);
  });

  it("PASSWORD_VERIFIER exposes the SRP values", () => {
    const parsed = challenge(
      "PASSWORD_VERIFIER",
      withSession("PASSWORD_VERIFIER", { SALT: "a1", SRP_B: "b2", SECRET_BLOCK: "c3", USER_ID_FOR_SRP: "u" }),
    );
    expect(parsed).toMatchObject({ salt: "a1", srpB: "b2", secretBlock: "c3", userIdForSrp: "u" });
  });

  it("CUSTOM_CHALLENGE keeps whatever the Lambda sent", () => {
    const parsed = challenge(
      "CUSTOM_CHALLENGE",
      withSession("CUSTOM_CHALLENGE", { question: "Capital of France?", hint: "P…" }),
    );
    expect(parsed.parameters).toEqual({ question: "Capital of France?", hint: "P…" });
  });

  it("__proto__ keys inside JSON-encoded parameters stay out of the decoded values", () => {
    const options = challenge(
      "WEB_AUTHN",
      withSession("WEB_AUTHN", {
        CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"c","__proto__":{"polluted":"yes"}}',
      }),
    ).credentialRequestOptions;
    expect(Object.getPrototypeOf(options)).toBe(Object.prototype);
    expect(options.polluted).toBeUndefined();
    const attributes = challenge(
      "NEW_PASSWORD_REQUIRED",
      withSession("NEW_PASSWORD_REQUIRED", { userAttributes: '{"__proto__":"x","email":"a@b.c"}' }),
    ).userAttributes;
    expect(Object.keys(attributes)).toEqual(["email"]);
  });

  it("an unknown name is UNSUPPORTED, never a throw", () => {
    const parsed = challenge("UNSUPPORTED", withSession("QUANTUM_MFA", { X: "1" }));
    expect(parsed).toMatchObject({ challengeName: "QUANTUM_MFA", issues: [], session: "sess" });
  });

  it.each([
    ["MFA_SETUP", { MFAS_CAN_SETUP: "not json" }],
    ["MFA_SETUP", {}],
    ["SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: "[1,2]" }],
    ["SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '{"a":1}' }],
    ["NEW_PASSWORD_REQUIRED", { userAttributes: "[]" }],
    ["NEW_PASSWORD_REQUIRED", { requiredAttributes: "{" }],
    ["WEB_AUTHN", { CREDENTIAL_REQUEST_OPTIONS: '"just a string"' }],
    ["PASSWORD_VERIFIER", { SALT: "a" }],
  ])("malformed %s parameters %o are UNSUPPORTED with issues, never a throw", (name, parameters) => {
    const parsed = challenge("UNSUPPORTED", withSession(name, parameters));
    expect(parsed.challengeName).toBe(name);
    expect(parsed.issues.length).toBeGreaterThan(0);
  });
});

describe("answerChallenge", () => {
  const srpUser = { USER_ID_FOR_SRP: "sub-1" };

  it("SELECT_CHALLENGE with PASSWORD answers choice and password in one call", () => {
    const select = challenge("SELECT_CHALLENGE", {
      ...withSession("SELECT_CHALLENGE", srpUser),
      availableChallenges: ["PASSWORD", "EMAIL_OTP"],
    });
    expect(answerChallenge(select, { answer: "PASSWORD", password: "pw" })).toEqual({
      challengeName: "SELECT_CHALLENGE",
      session: "sess",
      challengeResponses: { USERNAME: "sub-1", ANSWER: "PASSWORD", PASSWORD: "pw" },
    });
    expect(answerChallenge(select, { answer: "EMAIL_OTP" }).challengeResponses).toEqual({
      USERNAME: "sub-1",
      ANSWER: "EMAIL_OTP",
    });
    expect(answerChallenge(select, { answer: "PASSWORD_SRP", srpA: "AAAA" }).challengeResponses).toEqual({
      USERNAME: "sub-1",
      ANSWER: "PASSWORD_SRP",
      SRP_A: "AAAA",
    });
  });

  it.each([
    ["SMS_OTP", "SMS_OTP_CODE"],
    ["EMAIL_OTP", "EMAIL_OTP_CODE"],
    ["SMS_MFA", "SMS_MFA_CODE"],
    ["EMAIL_MFA", "EMAIL_MFA_CODE"],
    ["SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE"],
  ] as const)("%s answers the code as %s, trimmed", (name, key) => {
    const parsed = challenge(name, withSession(name, srpUser));
    expect(answerChallenge(parsed, { code: " 123456 " }).challengeResponses).toEqual({
      USERNAME: "sub-1",
      [key]: "123456",
    });
  });

  it("PASSWORD, PASSWORD_SRP and PASSWORD_VERIFIER", () => {
    expect(
      answerChallenge(challenge("PASSWORD", withSession("PASSWORD")), { password: "p" }).challengeResponses,
    ).toEqual({
      USERNAME: "typed-name",
      PASSWORD: "p",
    });
    expect(
      answerChallenge(challenge("PASSWORD_SRP", withSession("PASSWORD_SRP")), { srpA: "A" })
        .challengeResponses,
    ).toEqual({
      USERNAME: "typed-name",
      SRP_A: "A",
    });
    const verifier = challenge(
      "PASSWORD_VERIFIER",
      withSession("PASSWORD_VERIFIER", { ...srpUser, SALT: "s", SRP_B: "b", SECRET_BLOCK: "k" }),
    );
    expect(
      answerChallenge(verifier, {
        passwordClaimSignature: "sig",
        passwordClaimSecretBlock: "k",
        timestamp: "Sun Nov 22 04:00:00 UTC 2026",
      }).challengeResponses,
    ).toEqual({
      USERNAME: "sub-1",
      PASSWORD_CLAIM_SIGNATURE: "sig",
      PASSWORD_CLAIM_SECRET_BLOCK: "k",
      TIMESTAMP: "Sun Nov 22 04:00:00 UTC 2026",
    });
  });

  it("SELECT_MFA_TYPE answers the chosen type", () => {
    const parsed = challenge(
      "SELECT_MFA_TYPE",
      withSession("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA"]' }),
    );
    expect(answerChallenge(parsed, { mfaType: "SMS_MFA" }).challengeResponses).toEqual({
      USERNAME: "typed-name",
      ANSWER: "SMS_MFA",
    });
  });

  it("MFA_SETUP by TOTP answers with the session VerifySoftwareToken returned; by email with EMAIL", () => {
    const setup = challenge(
      "MFA_SETUP",
      withSession("MFA_SETUP", { ...srpUser, MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
    );
    expect(answerChallenge(setup, { verifiedSession: "verified" })).toEqual({
      challengeName: "MFA_SETUP",
      session: "verified",
      challengeResponses: { USERNAME: "sub-1" },
    });
    expect(answerChallenge(setup, { email: "zoë@example.com" })).toEqual({
      challengeName: "MFA_SETUP",
      session: "sess",
      challengeResponses: { USERNAME: "sub-1", EMAIL: "zoë@example.com" },
    });
  });

  it("NEW_PASSWORD_REQUIRED prefixes attributes", () => {
    const parsed = challenge(
      "NEW_PASSWORD_REQUIRED",
      withSession("NEW_PASSWORD_REQUIRED", { requiredAttributes: '["userAttributes.name"]' }),
    );
    expect(
      answerChallenge(parsed, { newPassword: "N3w!pass", attributes: { name: "Zoë", "custom:tier": "gold" } })
        .challengeResponses,
    ).toEqual({
      USERNAME: "typed-name",
      NEW_PASSWORD: "N3w!pass",
      "userAttributes.name": "Zoë",
      "userAttributes.custom:tier": "gold",
    });
  });

  it("WEB_AUTHN sends the credential as a JSON string; CUSTOM_CHALLENGE sends ANSWER", () => {
    const webauthn = challenge(
      "WEB_AUTHN",
      withSession("WEB_AUTHN", { CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"c"}' }),
    );
    const credential = { id: "cred", rawId: "cred", type: "public-key", response: { clientDataJSON: "x" } };
    expect(answerChallenge(webauthn, { credential }).challengeResponses.CREDENTIAL).toBe(
      JSON.stringify(credential),
    );
    expect(answerChallenge(webauthn, { credential: '{"id":"c"}' }).challengeResponses.CREDENTIAL).toBe(
      '{"id":"c"}',
    );
    const custom = challenge("CUSTOM_CHALLENGE", withSession("CUSTOM_CHALLENGE"));
    expect(answerChallenge(custom, { answer: "Paris" }).challengeResponses).toEqual({
      USERNAME: "typed-name",
      ANSWER: "Paris",
    });
  });

  it("device SRP challenges send DEVICE_KEY", () => {
    const auth = challenge("DEVICE_SRP_AUTH", withSession("DEVICE_SRP_AUTH"));
    expect(answerChallenge(auth, { deviceKey: "eu-west-1_dev", srpA: "A" }).challengeResponses).toEqual({
      USERNAME: "typed-name",
      DEVICE_KEY: "eu-west-1_dev",
      SRP_A: "A",
    });
    const verifier = challenge(
      "DEVICE_PASSWORD_VERIFIER",
      withSession("DEVICE_PASSWORD_VERIFIER", { SALT: "s", SRP_B: "b", SECRET_BLOCK: "k" }),
    );
    expect(
      answerChallenge(verifier, {
        deviceKey: "d",
        passwordClaimSignature: "sig",
        passwordClaimSecretBlock: "k",
        timestamp: "t",
      }).challengeResponses,
    ).toMatchObject({ DEVICE_KEY: "d", PASSWORD_CLAIM_SIGNATURE: "sig" });
  });
});
