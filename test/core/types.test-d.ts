import type {
  Challenge,
  ChallengeName,
  ChallengeOf,
  CognitoClient,
  CognitoError,
  InitiateAuthError,
  InitiateAuthResponse,
  UnknownChallengeName,
  VerifySoftwareTokenError,
  VerifySoftwareTokenResponse,
} from "../../src/index";
import { answerChallenge } from "../../src/protocol";

describe("public types", () => {
  it("challengeName is the union of known names, plus a branded unknown", () => {
    expectTypeOf<InitiateAuthResponse["challengeName"]>().toEqualTypeOf<
      ChallengeName | UnknownChallengeName | undefined
    >();
    expectTypeOf<"SMS_OTP">().toMatchTypeOf<ChallengeName>();
    expectTypeOf<"NOT_A_CHALLENGE">().not.toMatchTypeOf<ChallengeName>();
    // A plain string is not accepted where a known name is required.
    expectTypeOf<string>().not.toMatchTypeOf<ChallengeName | UnknownChallengeName>();
  });

  it("responses are camelCase", () => {
    expectTypeOf<InitiateAuthResponse>().toHaveProperty("availableChallenges");
    expectTypeOf<VerifySoftwareTokenResponse["status"]>().toEqualTypeOf<"SUCCESS" | "ERROR">();
  });

  it("errors narrow by name", () => {
    const narrow = (error: InitiateAuthError) => {
      if (error.name === "NotAuthorizedException") {
        expectTypeOf(error).toEqualTypeOf<CognitoError<"NotAuthorizedException">>();
        expectTypeOf(error.status).toBeNumber();
      } else if (error.name === "TimeoutError") {
        expectTypeOf(error.timeoutMs).toBeNumber();
      } else if (error.name === "UnknownCognitoError") {
        expectTypeOf(error.exceptionName).toBeString();
      }
    };
    expectTypeOf(narrow).toBeFunction();
    // CodeMismatchException is not an InitiateAuth error, but it is one of VerifySoftwareToken's.
    expectTypeOf<Extract<InitiateAuthError, { name: "CodeMismatchException" }>>().toBeNever();
    expectTypeOf<Extract<VerifySoftwareTokenError, { name: "CodeMismatchException" }>>().not.toBeNever();
  });

  it("answers are typed per challenge", () => {
    const sms = {} as ChallengeOf<"SMS_OTP">;
    const select = {} as ChallengeOf<"SELECT_CHALLENGE">;
    const setup = {} as ChallengeOf<"MFA_SETUP">;
    answerChallenge(sms, { code: "123456" });
    // @ts-expect-error an SMS code is not answered with a password
    answerChallenge(sms, { password: "pw" });
    answerChallenge(select, { answer: "PASSWORD", password: "pw" });
    // @ts-expect-error choosing PASSWORD needs the password in the same call
    answerChallenge(select, { answer: "PASSWORD" });
    // @ts-expect-error SELECT_CHALLENGE cannot choose an MFA type
    answerChallenge(select, { answer: "SMS_MFA" });
    answerChallenge(setup, { verifiedSession: "s" });
    // @ts-expect-error MFA_SETUP is not answered with a code
    answerChallenge(setup, { code: "123456" });
    // @ts-expect-error an UNSUPPORTED challenge cannot be answered
    answerChallenge({} as ChallengeOf<"UNSUPPORTED">, { answer: "x" });
  });

  it("the challenge union is exhaustive over names", () => {
    expectTypeOf<Exclude<Challenge["name"], ChallengeName | "UNSUPPORTED">>().toBeNever();
    expectTypeOf<Exclude<ChallengeName, Challenge["name"]>>().toBeNever();
  });

  it("associate and verify take a session or an access token, not both", () => {
    type Associate = Parameters<CognitoClient["associateSoftwareToken"]>[0];
    expectTypeOf<{ session: string }>().toMatchTypeOf<Associate>();
    expectTypeOf<{ accessToken: string }>().toMatchTypeOf<Associate>();
    expectTypeOf<{ session: string; accessToken: string }>().not.toMatchTypeOf<Associate>();
    expectTypeOf<{ userCode: string }>().not.toMatchTypeOf<Associate>();
  });
});
