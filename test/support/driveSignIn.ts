/**
 * Drives a sign-in to the end with the core client alone, answering each challenge the way a user of the
 * named scenario would. Tests use it to prove that the fake and the client agree on every flow.
 */
import { answerChallenge } from "../../src/core/answers";
import { type Challenge, parseChallenge } from "../../src/core/challenges";
import type { CognitoClient } from "../../src/core/client/client";
import type { AuthResponse } from "../../src/core/types";
import type { FakeCognito, FakeScenario } from "../../src/testing/index";

export interface DriveChoices {
  /** SELECT_CHALLENGE: which first factor to pick. */
  firstFactor?: "PASSWORD" | "SMS_OTP" | "EMAIL_OTP" | "WEB_AUTHN";
  /** SELECT_MFA_TYPE: which method. */
  mfaType?: "SMS_MFA" | "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";
  /** MFA_SETUP: set up TOTP or email. */
  setup?: "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";
}

export async function driveSignIn(
  scenario: FakeScenario,
  fake: FakeCognito,
  client: CognitoClient,
  choices: DriveChoices = {},
): Promise<{ response: AuthResponse; challenges: Challenge["name"][] }> {
  const { username, password } = scenario;
  const parameters: Record<string, string> = { USERNAME: username };
  if (scenario.authFlow === "USER_PASSWORD_AUTH" && password) parameters.PASSWORD = password;
  if (scenario.preferredChallenge) parameters.PREFERRED_CHALLENGE = scenario.preferredChallenge;
  let response = await client.initiateAuth({ authFlow: scenario.authFlow, authParameters: parameters });
  const challenges: Challenge["name"][] = [];

  for (let step = 0; step < 10 && !response.authenticationResult; step += 1) {
    const challenge = parseChallenge(response, username);
    if (!challenge) throw new Error("a response with neither challenge nor tokens");
    challenges.push(challenge.name);
    const code = async () => fake.lastCode(username) ?? "";
    const totp = async () => (await fake.totpCode(username)) ?? "";
    switch (challenge.name) {
      case "SELECT_CHALLENGE": {
        const pick = choices.firstFactor ?? challenge.availableChallenges[0];
        response = await client.respondToAuthChallenge(
          pick === "PASSWORD"
            ? answerChallenge(challenge, { answer: "PASSWORD", password: password ?? "" })
            : answerChallenge(challenge, { answer: pick as "SMS_OTP" | "EMAIL_OTP" }),
        );
        break;
      }
      case "PASSWORD":
        response = await client.respondToAuthChallenge(
          answerChallenge(challenge, { password: password ?? "" }),
        );
        break;
      case "SMS_OTP":
      case "EMAIL_OTP":
      case "SMS_MFA":
      case "EMAIL_MFA":
        response = await client.respondToAuthChallenge(answerChallenge(challenge, { code: await code() }));
        break;
      case "SOFTWARE_TOKEN_MFA":
        response = await client.respondToAuthChallenge(answerChallenge(challenge, { code: await totp() }));
        break;
      case "SELECT_MFA_TYPE":
        response = await client.respondToAuthChallenge(
          answerChallenge(challenge, { mfaType: choices.mfaType ?? challenge.mfasCanChoose[0] ?? "SMS_MFA" }),
        );
        break;
      case "MFA_SETUP": {
        if (choices.setup === "EMAIL_OTP") {
          response = await client.respondToAuthChallenge(
            answerChallenge(challenge, { email: `${username}@example.net` }),
          );
          break;
        }
        const associated = await client.associateSoftwareToken({ session: challenge.session ?? "" });
        const verified = await client.verifySoftwareToken({
          session: associated.session ?? "",
          userCode: await totp(),
        });
        response = await client.respondToAuthChallenge(
          answerChallenge(challenge, { verifiedSession: verified.session ?? "" }),
        );
        break;
      }
      case "NEW_PASSWORD_REQUIRED":
        response = await client.respondToAuthChallenge(
          answerChallenge(challenge, {
            newPassword: "Brand-New-Pass-2",
            attributes: Object.fromEntries(
              challenge.requiredAttributes.map((name) => [name, `${name} value`]),
            ),
          }),
        );
        break;
      case "CUSTOM_CHALLENGE":
        response = await client.respondToAuthChallenge(answerChallenge(challenge, { answer: "5" }));
        break;
      case "WEB_AUTHN": {
        const credential = fake.passkeyAssertion(username);
        if (!credential) throw new Error("no passkey assertion");
        response = await client.respondToAuthChallenge(answerChallenge(challenge, { credential }));
        break;
      }
      default:
        throw new Error(`the driver cannot answer ${challenge.name}`);
    }
  }
  return { response, challenges };
}
