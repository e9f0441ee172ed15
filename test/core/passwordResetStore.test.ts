// @vitest-environment node
/**
 * A password reset on the store alone, against the fake: a code, the code and a new password, and the
 * hand-over of the new password to whoever signs in with it. Every state it publishes is recorded, and
 * none may hold the code or the password.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { createPasswordReset } from "../../src/core/passwordReset/createPasswordReset";
import type {
  CreatePasswordResetOptions,
  PasswordResetState,
} from "../../src/core/passwordReset/passwordReset";
import { createFakeCognito } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";
const NEW = "Brand-New-Pass-2";

function setup(options: Partial<CreatePasswordResetOptions> = {}, preventUserExistenceErrors = true) {
  const fake = createFakeCognito({
    users: [
      { username: "rhea", email: "rhea@example.com", password: PASSWORD },
      { username: "ray", email: "ray@example.com", password: PASSWORD, status: "RESET_REQUIRED" },
    ],
    pool: { preventUserExistenceErrors },
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const reset: { username: string; password: string }[] = [];
  const store = createPasswordReset({
    client,
    onReset: (username, password) => reset.push({ username, password }),
    ...options,
  });
  const states: PasswordResetState[] = [store.getState()];
  store.subscribe(() => states.push(store.getState()));
  const expectNeverInState = (...secrets: string[]) => {
    const text = JSON.stringify(states);
    for (const secret of secrets) expect(text).not.toContain(secret);
  };
  const signIn = (username: string, password: string) =>
    client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: username, PASSWORD: password },
    });
  return { fake, store, reset, states, expectNeverInState, signIn };
}

describe("createPasswordReset without React", () => {
  it("forgot password: a code where it went, then the code and a new password; the new one is handed on", async () => {
    const t = setup({ username: " rhea " });
    expect(t.store.getState()).toMatchObject({ status: "request", username: "rhea" });
    await t.store.sendCode();
    expect(t.store.getState()).toMatchObject({
      status: "code",
      delivery: { destination: "r***@e***", deliveryMedium: "EMAIL" },
    });
    const code = t.fake.lastCode("rhea") ?? "";
    const wrong = code === "111111" ? "222222" : "111111";
    await t.store.confirm(wrong, NEW);
    // A wrong code: said, and the step stays for another try.
    expect(t.store.getState()).toMatchObject({ status: "code", error: { name: "CodeMismatchException" } });
    await t.store.confirm(code, NEW);
    expect(t.store.getState()).toMatchObject({ status: "done", pending: false, error: undefined });
    expect(t.reset).toEqual([{ username: "rhea", password: NEW }]);
    await expect(t.signIn("rhea", NEW)).resolves.toMatchObject({ authenticationResult: expect.any(Object) });
    t.expectNeverInState(code, NEW);
  });

  it("a reset Cognito requires: 'I already have a code' sends no ForgotPassword", async () => {
    const t = setup({ username: "ray", required: true });
    expect(t.store.getState().status).toBe("required");
    t.store.haveCode();
    expect(t.store.getState()).toMatchObject({ status: "code", delivery: undefined });
    await t.store.confirm(t.fake.lastCode("ray") ?? "", NEW);
    expect(t.store.getState().status).toBe("done");
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["ConfirmForgotPassword"]);
  });

  it("a new code from the code step is counted; restart goes back to the first step, the username kept", async () => {
    const t = setup({ username: "rhea" });
    await t.store.sendCode();
    await t.store.sendCode();
    expect(t.store.getState()).toMatchObject({ status: "code", resends: 1 });
    expect(t.fake.deliveries.filter((delivery) => delivery.username === "rhea")).toHaveLength(2);
    t.store.restart();
    expect(t.store.getState()).toMatchObject({ status: "request", username: "rhea", resends: 0 });
  });

  it("an unknown user sees what a known one sees under PreventUserExistenceErrors", async () => {
    const known = setup({ username: "rhea@example.com" });
    const unknown = setup({ username: "ghost@example.com" });
    await known.store.sendCode();
    await unknown.store.sendCode();
    const shape = (state: PasswordResetState) => ({
      status: state.status,
      medium: state.delivery?.deliveryMedium,
    });
    expect(shape(unknown.store.getState())).toEqual(shape(known.store.getState()));
  });

  it("one request at a time, and dispose drops a result still in flight", async () => {
    const t = setup({ username: "rhea" });
    const first = t.store.sendCode();
    const second = t.store.sendCode();
    await Promise.all([first, second]);
    expect(t.fake.deliveries.filter((delivery) => delivery.username === "rhea")).toHaveLength(1);
    const pending = t.store.sendCode();
    t.store.dispose();
    await pending;
    expect(t.store.getState().resends).toBe(0);
  });
});
