// @vitest-environment node
/**
 * The sign-in composes its account steps in core: its state says which one is on screen and for whom,
 * `accountStepOptions` runs the reset or the confirmation, and either ends by signing in, with the new
 * password or the one the sign-in held. No React: what a non-React app gets from `createSignIn`.
 */
import { createAccountConfirmation } from "../../src/core/accountConfirmation/createAccountConfirmation";
import { createCognitoClient } from "../../src/core/client/client";
import { createPasswordReset } from "../../src/core/passwordReset/createPasswordReset";
import { accountStepOptions } from "../../src/core/signIn/accountStep";
import type { SignInState } from "../../src/core/signIn/reducer";
import { createSignIn } from "../../src/core/signIn/store";
import type { SignInOptions } from "../../src/core/signIn/types";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito } from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

const PASSWORD = "Correct-Horse-1";
const NEW = "Brand-New-Pass-2";

beforeAll(warmCoreModules);

function setup(options: Partial<SignInOptions> = {}) {
  const fake = createFakeCognito({
    users: [
      { username: "rhea", email: "rhea@example.com", password: PASSWORD },
      { username: "ray", email: "ray@example.com", password: PASSWORD, status: "RESET_REQUIRED" },
      { username: "cleo", email: "cleo@example.com", password: PASSWORD, status: "UNCONFIRMED" },
    ],
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signedIn: AuthenticationResult[] = [];
  const signInOptions: SignInOptions = {
    authFlow: "USER_PASSWORD_AUTH",
    onSignedIn: (tokens) => signedIn.push(tokens),
    ...options,
  };
  const signIn = createSignIn({ client, ...signInOptions });
  const states: SignInState[] = [];
  signIn.subscribe(() => states.push(signIn.getState()));
  /** The account step's journey, as a non-React app would run it. */
  const accountJourney = () => {
    const account = signIn.getState().account;
    if (!account) throw new Error("no account step");
    const journeyOptions = { client, ...accountStepOptions(account, signIn, signInOptions) };
    return account.step === "confirm"
      ? { confirmation: createAccountConfirmation(journeyOptions) }
      : { reset: createPasswordReset(journeyOptions) };
  };
  /** Resolves once the sign-in's state matches: waits on state, with no clock of its own. */
  const until = (matches: (state: SignInState) => boolean) =>
    new Promise<void>((resolve) => {
      if (matches(signIn.getState())) return resolve();
      const stop = signIn.subscribe(() => {
        if (!matches(signIn.getState())) return;
        stop();
        resolve();
      });
    });
  return { fake, signIn, signedIn, states, accountJourney, until };
}

describe("the sign-in's account steps, in core", () => {
  it("forgot password: the step for the username typed, then the reset signs in with the new password", async () => {
    const t = setup();
    t.signIn.forgotPassword(" rhea ");
    expect(t.signIn.getState()).toMatchObject({
      status: "identify",
      username: "rhea",
      account: { step: "forgot", username: "rhea" },
    });
    const { reset } = t.accountJourney();
    await reset?.sendCode();
    await reset?.confirm(t.fake.lastCode("rhea") ?? "", NEW);
    // While that sign-in was in flight, the step stayed (so "Signing you in…" stays on screen).
    expect(t.states.some((state) => state.pending && state.account?.step === "forgot")).toBe(true);
    await t.until((state) => state.status === "signedIn");
    expect(t.signIn.getState().account).toBeUndefined();
    expect(t.signedIn).toHaveLength(1);
    expect(JSON.stringify(t.states)).not.toContain(NEW);
  });

  it("a reset Cognito requires opens the 'required' step for the username that was sent", async () => {
    const t = setup();
    await t.signIn.start("ray", { password: PASSWORD });
    expect(t.signIn.getState()).toMatchObject({
      status: "identify",
      account: { step: "required", username: "ray" },
      error: { name: "PasswordResetRequiredException" },
    });
    const { reset } = t.accountJourney();
    expect(reset?.getState().status).toBe("required");
  });

  it("an unconfirmed account: the confirmation signs in with the password the sign-in held", async () => {
    const t = setup();
    await t.signIn.start("cleo", { password: PASSWORD });
    expect(t.signIn.getState().account).toEqual({ step: "confirm", username: "cleo" });
    const { confirmation } = t.accountJourney();
    await confirmation?.sendCode();
    await confirmation?.confirm(t.fake.lastCode("cleo") ?? "");
    await t.until((state) => state.status === "signedIn");
    expect(t.signedIn).toHaveLength(1);
    expect(t.signIn.getState().account).toBeUndefined();
  });

  it("afterReset 'backToSignIn': the reset ends on its last step, and nothing signs in", async () => {
    const t = setup({ afterReset: "backToSignIn" });
    t.signIn.forgotPassword("rhea");
    const { reset } = t.accountJourney();
    await reset?.sendCode();
    await reset?.confirm(t.fake.lastCode("rhea") ?? "", NEW);
    expect(reset?.getState().status).toBe("done");
    expect(t.signIn.getState()).toMatchObject({
      status: "identify",
      pending: false,
      account: { step: "forgot" },
    });
    expect(t.fake.calls.map((call) => call.operation)).not.toContain("InitiateAuth");
    t.signIn.leaveAccountStep();
    expect(t.signIn.getState()).toMatchObject({ status: "identify", account: undefined, username: "rhea" });
  });

  it("a sign-in that the step ends with and that fails leaves the step for the username step's error", async () => {
    const t = setup();
    t.signIn.forgotPassword("rhea");
    await t.signIn.finishAccountStep("Not-The-Password-3");
    expect(t.signIn.getState()).toMatchObject({
      status: "identify",
      account: undefined,
      error: { name: "NotAuthorizedException" },
    });
  });
});
