/** The sign-in reducer, step by step, without React, timers or a server. */
import { parseChallenge } from "../../src/core/challenges";
import { CognitoError, NetworkError } from "../../src/core/client/errors";
import { initialSignInState, type SignInState, signInReducer } from "../../src/core/signIn/reducer";
import { isSessionEnded } from "../../src/core/signIn/sessionEnded";
import type { AuthResponse } from "../../src/core/types";

const T0 = 1_800_000_000_000;
const sessionError = (message: string) =>
  new CognitoError("NotAuthorizedException", message, { operation: "RespondToAuthChallenge", status: 400 });

type Event = Parameters<typeof signInReducer>[1];

/** The reducer as the store drives it: a response's challenge read with the state's username and id. */
function step(state: SignInState, event: Event): SignInState {
  if (event.type !== "responded" || event.response.authenticationResult) return signInReducer(state, event);
  const lastUserIdForSrp = event.userIdForSrp ?? state.userIdForSrp;
  const challenge = parseChallenge(event.response, state.username, lastUserIdForSrp);
  return signInReducer(state, { ...event, challenge });
}

function run(events: Event[], from: SignInState = initialSignInState()): SignInState {
  return events.reduce(step, from);
}

const select: AuthResponse = {
  challengeName: "SELECT_CHALLENGE",
  session: "s1",
  challengeParameters: { USER_ID_FOR_SRP: "sub-1" },
  availableChallenges: ["PASSWORD", "EMAIL_OTP"],
};
const emailOtp: AuthResponse = {
  challengeName: "EMAIL_OTP",
  session: "s2",
  challengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "z***@e***" },
};
const tokens: AuthResponse = { authenticationResult: { accessToken: "SECRET-ACCESS", idToken: "SECRET-ID" } };

describe("signInReducer", () => {
  it("starts at identify with the username it was given", () => {
    expect(initialSignInState({ username: "zoe" })).toMatchObject({
      status: "identify",
      username: "zoe",
      pending: false,
    });
  });

  it("a request marks pending and clears the last error", () => {
    const failed = run([
      { type: "request" },
      { type: "failed", error: new NetworkError("InitiateAuth"), at: T0 },
    ]);
    expect(failed).toMatchObject({ pending: false, error: expect.any(NetworkError) });
    expect(signInReducer(failed, { type: "request" })).toMatchObject({ pending: true, error: undefined });
  });

  it("a challenge response shows the challenge, with its session valid for the configured time", () => {
    const state = run(
      [
        { type: "setUsername", username: "zoe@example.com" },
        { type: "request" },
        { type: "responded", response: select, at: T0 },
      ],
      initialSignInState({ sessionValidityMs: 180_000 }),
    );
    expect(state).toMatchObject({
      status: "challenge",
      pending: false,
      username: "zoe@example.com",
      userIdForSrp: "sub-1",
      expiresAt: T0 + 180_000,
      challenge: {
        name: "SELECT_CHALLENGE",
        session: "s1",
        username: "sub-1",
        availableChallenges: ["PASSWORD", "EMAIL_OTP"],
      },
    });
  });

  it("keeps USER_ID_FOR_SRP for later challenges that do not repeat it", () => {
    const state = run([
      { type: "setUsername", username: "zoe@example.com" },
      { type: "responded", response: select, at: T0 },
      { type: "responded", response: emailOtp, at: T0 + 1000 },
    ]);
    expect(state.challenge).toMatchObject({
      name: "EMAIL_OTP",
      username: "sub-1",
      delivery: { destination: "z***@e***" },
    });
    expect(state.expiresAt).toBe(T0 + 1000 + 180_000);
  });

  it("tokens end in signedIn and the state keeps none of them", () => {
    const state = run([
      { type: "responded", response: select, at: T0 },
      { type: "responded", response: tokens, at: T0 },
    ]);
    expect(state).toMatchObject({ status: "signedIn", challenge: undefined, expiresAt: undefined });
    expect(JSON.stringify(state)).not.toContain("SECRET");
  });

  it("an unknown challenge is shown as UNSUPPORTED", () => {
    const state = run([
      { type: "responded", response: { challengeName: "QUANTUM" as never, session: "s" }, at: T0 },
    ]);
    expect(state).toMatchObject({
      status: "challenge",
      challenge: { name: "UNSUPPORTED", challengeName: "QUANTUM" },
    });
  });

  it("MFA_SETUP: the associated secret is held until the next response, then dropped", () => {
    const setup: AuthResponse = {
      challengeName: "MFA_SETUP",
      session: "s1",
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    };
    const associated = run([
      { type: "responded", response: setup, at: T0 },
      { type: "request" },
      { type: "totpAssociated", secretCode: "TOTPSECRET", session: "s2", at: T0 + 5000 },
    ]);
    expect(associated).toMatchObject({
      pending: false,
      totpSetup: { secretCode: "TOTPSECRET", session: "s2" },
      expiresAt: T0 + 5000 + 180_000,
      challenge: { name: "MFA_SETUP" },
    });
    const done = step(associated, { type: "responded", response: tokens, at: T0 + 9000 });
    expect(done.totpSetup).toBeUndefined();
    expect(JSON.stringify(done)).not.toContain("TOTPSECRET");
  });

  it("a tick past the expiry ends the session, by the clock", () => {
    const state = run([
      { type: "setUsername", username: "zoe" },
      { type: "responded", response: select, at: T0 },
    ]);
    expect(signInReducer(state, { type: "tick", at: T0 + 179_999 })).toBe(state);
    expect(signInReducer(state, { type: "tick", at: T0 + 180_000 })).toMatchObject({
      status: "expired",
      expiredBy: "clock",
      username: "zoe",
      challenge: undefined,
    });
  });

  it.each(["Invalid session for the user, session is expired.", "Invalid session for the user."])(
    "Cognito's '%s' ends the session, by the server",
    (message) => {
      const state = run([
        { type: "setUsername", username: "zoe" },
        { type: "responded", response: emailOtp, at: T0 },
        { type: "request" },
        { type: "failed", error: sessionError(message), at: T0 + 1000 },
      ]);
      expect(state).toMatchObject({
        status: "expired",
        expiredBy: "server",
        pending: false,
        error: expect.any(CognitoError),
      });
    },
  );

  it("a wrong password (NotAuthorized without 'session') stays on the challenge with the error", () => {
    const state = run([
      { type: "responded", response: select, at: T0 },
      { type: "failed", error: sessionError("Incorrect username or password."), at: T0 + 1000 },
    ]);
    expect(state).toMatchObject({ status: "challenge", error: expect.any(CognitoError) });
  });

  it("a failure after the expiry is reported as expiry", () => {
    const state = run([
      { type: "responded", response: emailOtp, at: T0 },
      { type: "failed", error: new NetworkError("RespondToAuthChallenge"), at: T0 + 200_000 },
    ]);
    expect(state).toMatchObject({ status: "expired", expiredBy: "clock" });
  });

  it("restart goes back to identify keeping the username and the validity", () => {
    const expired = run(
      [
        { type: "setUsername", username: "zoe" },
        { type: "responded", response: emailOtp, at: T0 },
        { type: "tick", at: T0 + 10 * 60_000 },
      ],
      initialSignInState({ sessionValidityMs: 60_000 }),
    );
    expect(signInReducer(expired, { type: "restart" })).toEqual(
      // The step count goes on, so the next sign-in's first step is a new one to the screen.
      { ...initialSignInState({ username: "zoe", sessionValidityMs: 60_000 }), step: expired.step },
    );
  });

  it("the username only changes on the identify step", () => {
    const state = run([
      { type: "setUsername", username: "zoe" },
      { type: "responded", response: select, at: T0 },
    ]);
    expect(signInReducer(state, { type: "setUsername", username: "mallory" }).username).toBe("zoe");
  });

  it("isSessionEnded reads only NotAuthorizedException about the session", () => {
    expect(isSessionEnded(sessionError("Invalid session for the user."))).toBe(true);
    expect(isSessionEnded(sessionError("Incorrect username or password."))).toBe(false);
    expect(isSessionEnded(new NetworkError("InitiateAuth"))).toBe(false);
  });
});
