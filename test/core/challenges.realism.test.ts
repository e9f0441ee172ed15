/**
 * Challenges as the real service sends them beside the tidy shape: without USER_ID_FOR_SRP, email MFA
 * under either name, choices with nothing we know, and authenticator codes that cannot be right.
 */
import { answerChallenge } from "../../src/core/answers";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { parseAuthResponse } from "../../src/core/client/operations/authResponse";
import { normalizeTotpCode } from "../../src/core/totp/code";
import type { AuthResponse } from "../../src/core/types";

const step = (challengeName: string, challengeParameters: Record<string, string> = {}) =>
  ({ challengeName, session: "sess", challengeParameters }) as AuthResponse;

describe("a challenge without USER_ID_FOR_SRP", () => {
  it("answers as the last USER_ID_FOR_SRP, then USERNAME from the parameters, then what the user typed", () => {
    const mfa = step("SOFTWARE_TOKEN_MFA", { USERNAME: "alice" });
    expect(parseChallenge(mfa, "alice@example.com", "sub-1")?.username).toBe("sub-1");
    expect(parseChallenge(mfa, "alice@example.com")?.username).toBe("alice");
    expect(parseChallenge(step("SOFTWARE_TOKEN_MFA"), "alice@example.com")?.username).toBe(
      "alice@example.com",
    );
    // This step's own id still comes first.
    expect(parseChallenge(step("SMS_MFA", { USER_ID_FOR_SRP: "sub-2" }), "a", "sub-1")?.username).toBe(
      "sub-2",
    );
  });
});

describe("SELECT_MFA_TYPE and MFA_SETUP name email MFA EMAIL_MFA or EMAIL_OTP", () => {
  it.each(["EMAIL_MFA", "EMAIL_OTP"])(
    "offered as %s, it is EMAIL_OTP to us and answered as offered",
    (offered) => {
      const select = parseChallenge(
        step("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: JSON.stringify(["SOFTWARE_TOKEN_MFA", offered]) }),
        "u",
      ) as ChallengeOf<"SELECT_MFA_TYPE">;
      expect(select.mfasCanChoose).toEqual(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);
      expect(answerChallenge(select, { mfaType: "EMAIL_OTP" }).challengeResponses.ANSWER).toBe(offered);
      expect(answerChallenge(select, { mfaType: "SOFTWARE_TOKEN_MFA" }).challengeResponses.ANSWER).toBe(
        "SOFTWARE_TOKEN_MFA",
      );
      const setup = parseChallenge(step("MFA_SETUP", { MFAS_CAN_SETUP: JSON.stringify([offered]) }), "u");
      expect(setup).toMatchObject({ name: "MFA_SETUP", mfasCanSetup: ["EMAIL_OTP"] });
    },
  );
});

describe("a choice with nothing we know is the 'not supported' step, never an empty list", () => {
  it.each([
    ["SELECT_CHALLENGE", { ...step("SELECT_CHALLENGE"), availableChallenges: ["FACE_ID", "PIGEON"] }],
    ["SELECT_MFA_TYPE", step("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["VOICE_MFA"]' })],
    ["MFA_SETUP", step("MFA_SETUP", { MFAS_CAN_SETUP: '["VOICE_MFA"]' })],
  ])("%s", (name, response) => {
    expect(parseChallenge(response as AuthResponse, "u")).toMatchObject({
      name: "UNSUPPORTED",
      challengeName: name,
    });
    // Not a malformed response: the client hands it on, and the screen offers a restart.
    expect(
      parseAuthResponse({ ChallengeName: name, Session: "s", ...wire(response as AuthResponse) }).ok,
    ).toBe(true);
  });
});

function wire(response: AuthResponse) {
  return {
    ChallengeParameters: response.challengeParameters,
    ...(response.availableChallenges ? { AvailableChallenges: response.availableChallenges } : {}),
  };
}

describe("authenticator codes", () => {
  it("are six digits; the spaces apps show are dropped, anything else cannot be one", () => {
    expect(normalizeTotpCode("123456")).toBe("123456");
    expect(normalizeTotpCode(" 123 456 ")).toBe("123456");
    for (const bad of ["", "12345", "1234567", "12345a", "１２３４５６"])
      expect(normalizeTotpCode(bad)).toBeUndefined();
  });
});
