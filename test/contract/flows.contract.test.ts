/**
 * The same flow scripts against a real cognito-local process and against our fake: our client must get
 * the same typed outcome from both. Where cognito-local departs from Cognito's documented behaviour, the
 * test asserts each backend's own answer and names the departure; nothing is loosened to fit both.
 */
import { answerChallenge } from "../../src/core/answers";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { CognitoError, UnknownCognitoError } from "../../src/core/client/errors";
import { setUserMfaPreferenceCommand } from "../../src/core/commands/setUserMfaPreference";
import type { AuthResponse } from "../../src/core/types";
import { generateTotp } from "../../src/testing/index";
import { BACKENDS, type Backend, createBackend, MAX_TOTP_SECRET } from "./backends";

const PASSWORD = "Correct-Horse-1";

/** Where cognito-local is not Cognito. Each is asserted as it is, under this name. */
const DEPARTURES = {
  wrongPassword:
    "cognito-local answers a wrong password with InvalidPasswordException, which InitiateAuth is not documented to " +
    "return (so our client keeps it as UnknownCognitoError); Cognito answers NotAuthorizedException",
  noTokenLifetime: "cognito-local's AuthenticationResult has no ExpiresIn or TokenType",
  unmaskedDestination:
    "cognito-local sends CODE_DELIVERY_DESTINATION unmasked; Cognito masks it (+*******0100)",
  verifyWrongCode:
    "cognito-local answers a wrong VerifySoftwareToken code with CodeMismatchException; Cognito answers EnableSoftwareTokenMFAException",
  noUserAuth: "cognito-local does not implement USER_AUTH and answers HTTP 500 CognitoLocal#Unsupported",
  totpOnAtVerify:
    "cognito-local turns the authenticator on as VerifySoftwareToken succeeds; Cognito leaves it verified but off " +
    "until SetUserMFAPreference",
} as const;

/** What a call ended in, as our client typed it. */
async function outcome(call: Promise<AuthResponse>) {
  try {
    const response = await call;
    if (response.authenticationResult) return { tokens: true };
    return { challenge: response.challengeName };
  } catch (error) {
    if (error instanceof CognitoError) return { error: error.name };
    if (error instanceof UnknownCognitoError)
      return { unknownError: error.exceptionName, status: error.status };
    throw error;
  }
}

function passwordAuth(backend: Backend, username: string, password = PASSWORD) {
  return backend.client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: username, PASSWORD: password },
  });
}

describe.each(BACKENDS)("against %s", (name) => {
  let backend: Backend;
  beforeAll(() => {
    backend = createBackend(name);
  });

  describe("USER_PASSWORD_AUTH", () => {
    it(`signs in with tokens (${DEPARTURES.noTokenLifetime})`, async () => {
      const response = await passwordAuth(backend, "alice");
      const tokens = {
        accessToken: expect.any(String),
        idToken: expect.any(String),
        refreshToken: expect.any(String),
      };
      expect(response.authenticationResult).toEqual(
        name === "cognito-local" ? tokens : { ...tokens, expiresIn: 3600, tokenType: "Bearer" },
      );
      expect(response.challengeName).toBeUndefined();
    });

    it(`a wrong password is a typed error (${DEPARTURES.wrongPassword})`, async () => {
      expect(await outcome(passwordAuth(backend, "alice", "Wrong-Pass-9"))).toEqual(
        name === "cognito-local"
          ? { unknownError: "InvalidPasswordException", status: 400 }
          : { error: "NotAuthorizedException" },
      );
    });

    it("an unknown user is NotAuthorizedException", async () => {
      expect(await outcome(passwordAuth(backend, "ghost"))).toEqual({ error: "NotAuthorizedException" });
    });

    it("refresh tokens give new tokens", async () => {
      const first = await passwordAuth(backend, "alice");
      const refreshed = backend.client.initiateAuth({
        authFlow: "REFRESH_TOKEN_AUTH",
        authParameters: { REFRESH_TOKEN: first.authenticationResult?.refreshToken ?? "" },
      });
      expect(await outcome(refreshed)).toEqual({ tokens: true });
    });
  });

  describe("error parsing", () => {
    it("an unknown app client is ResourceNotFoundException", async () => {
      const call = backend.clientFor("no-such-client").initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "alice", PASSWORD },
      });
      expect(await outcome(call)).toEqual({ error: "ResourceNotFoundException" });
    });

    it(`USER_AUTH (${DEPARTURES.noUserAuth})`, async () => {
      const result = await outcome(
        backend.client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "alice" } }),
      );
      if (name === "cognito-local") expect(result).toEqual({ unknownError: "Unsupported", status: 500 });
      else expect(result).toEqual({ challenge: "SELECT_CHALLENGE" });
    });
  });

  describe("NEW_PASSWORD_REQUIRED", () => {
    it("a temporary password leads to a new one, with the user's attributes shown", async () => {
      const response = await passwordAuth(backend, "nina", "Temp-Pass-1");
      const challenge = parseChallenge(response, "nina") as ChallengeOf<"NEW_PASSWORD_REQUIRED">;
      expect(challenge.name).toBe("NEW_PASSWORD_REQUIRED");
      expect(challenge.username).toBe("nina");
      expect(challenge.userAttributes.email).toBe("nina@example.com");
      expect(challenge.requiredAttributes).toEqual([]);
      const done = backend.client.respondToAuthChallenge(
        answerChallenge(challenge, { newPassword: "Brand-New-Pass-2" }),
      );
      expect(await outcome(done)).toEqual({ tokens: true });
      expect(await outcome(passwordAuth(backend, "nina", "Brand-New-Pass-2"))).toEqual({ tokens: true });
    });
  });

  describe("SMS_MFA", () => {
    it(`a code by SMS, a wrong code retried (${DEPARTURES.unmaskedDestination})`, async () => {
      const response = await passwordAuth(backend, "sid");
      const challenge = parseChallenge(response, "sid") as ChallengeOf<"SMS_MFA">;
      expect(challenge.name).toBe("SMS_MFA");
      expect(challenge.delivery).toEqual({
        medium: "SMS",
        destination: name === "cognito-local" ? "+15555550100" : "+*******0100",
      });
      const code = backend.smsCode("sid");
      const wrong = code === "000000" ? "111111" : "000000";
      expect(
        await outcome(backend.client.respondToAuthChallenge(answerChallenge(challenge, { code: wrong }))),
      ).toEqual({
        error: "CodeMismatchException",
      });
      expect(
        await outcome(backend.client.respondToAuthChallenge(answerChallenge(challenge, { code }))),
      ).toEqual({ tokens: true });
    });
  });

  describe("SELECT_MFA_TYPE", () => {
    async function choose(mfaType: "SMS_MFA" | "SOFTWARE_TOKEN_MFA") {
      const response = await passwordAuth(backend, "max");
      const select = parseChallenge(response, "max") as ChallengeOf<"SELECT_MFA_TYPE">;
      expect(select.name).toBe("SELECT_MFA_TYPE");
      expect(select.mfasCanChoose).toEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]);
      return parseChallenge(
        await backend.client.respondToAuthChallenge(answerChallenge(select, { mfaType })),
        "max",
      );
    }

    it("the authenticator app, answered with a real TOTP code", async () => {
      const challenge = (await choose("SOFTWARE_TOKEN_MFA")) as ChallengeOf<"SOFTWARE_TOKEN_MFA">;
      expect(challenge.name).toBe("SOFTWARE_TOKEN_MFA");
      const code = await generateTotp(MAX_TOTP_SECRET, Date.now());
      expect(
        await outcome(backend.client.respondToAuthChallenge(answerChallenge(challenge, { code }))),
      ).toEqual({ tokens: true });
    });

    it("a wrong TOTP code is CodeMismatchException", async () => {
      const challenge = (await choose("SOFTWARE_TOKEN_MFA")) as ChallengeOf<"SOFTWARE_TOKEN_MFA">;
      const right = await generateTotp(MAX_TOTP_SECRET, Date.now());
      const wrong = right === "000000" ? "111111" : "000000";
      expect(
        await outcome(backend.client.respondToAuthChallenge(answerChallenge(challenge, { code: wrong }))),
      ).toEqual({
        error: "CodeMismatchException",
      });
    });

    it("SMS", async () => {
      const challenge = (await choose("SMS_MFA")) as ChallengeOf<"SMS_MFA">;
      expect(challenge.name).toBe("SMS_MFA");
      const code = backend.smsCode("max");
      expect(
        await outcome(backend.client.respondToAuthChallenge(answerChallenge(challenge, { code }))),
      ).toEqual({ tokens: true });
    });
  });

  describe("authenticator enrollment with an access token", () => {
    it(`associates, verifies, turns on, and is then asked for at sign-in (${DEPARTURES.verifyWrongCode}; ${DEPARTURES.totpOnAtVerify})`, async () => {
      const signedIn = await passwordAuth(backend, "ada");
      const accessToken = signedIn.authenticationResult?.accessToken ?? "";
      const associated = await backend.client.associateSoftwareToken({ accessToken });
      expect(associated.secretCode).toMatch(/^[A-Z2-7]+=*$/);
      expect(associated.session).toBeUndefined();

      const right = await generateTotp(associated.secretCode, Date.now());
      const wrong = right === "000000" ? "111111" : "000000";
      const refused = await backend.client
        .verifySoftwareToken({ accessToken, userCode: wrong })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(CognitoError);
      expect((refused as CognitoError).name).toBe(
        name === "cognito-local" ? "CodeMismatchException" : "EnableSoftwareTokenMFAException",
      );

      const verified = await backend.client.verifySoftwareToken({
        accessToken,
        userCode: right,
        friendlyDeviceName: "Ada's phone",
      });
      expect(verified.status).toBe("SUCCESS");
      if (name !== "cognito-local") {
        // Verified, not on: no second step yet.
        expect(await outcome(passwordAuth(backend, "ada"))).toEqual({ tokens: true });
      }
      await backend.client.send(setUserMfaPreferenceCommand, {
        accessToken,
        softwareToken: { enabled: true, preferred: true },
      });

      const next = await passwordAuth(backend, "ada");
      const challenge = parseChallenge(next, "ada") as ChallengeOf<"SOFTWARE_TOKEN_MFA">;
      expect(challenge.name).toBe("SOFTWARE_TOKEN_MFA");
      expect(challenge.friendlyDeviceName).toBe("Ada's phone");
      const code = await generateTotp(associated.secretCode, Date.now());
      expect(
        await outcome(backend.client.respondToAuthChallenge(answerChallenge(challenge, { code }))),
      ).toEqual({ tokens: true });
    });
  });
});
