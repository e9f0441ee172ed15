// @vitest-environment node
/**
 * Confirming an account on the store alone, against the fake: a code only when asked, the code, the
 * hand-over to whoever signs in; an account confirmed already goes straight on. No state it publishes
 * holds the code.
 */

import type { AccountConfirmationState } from "../../src/core/accountConfirmation/accountConfirmation";
import { createAccountConfirmation } from "../../src/core/accountConfirmation/createAccountConfirmation";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

function setup(username = "cleo") {
  const fake = createFakeCognito({
    users: [
      { username: "cleo", email: "cleo@example.com", password: PASSWORD, status: "UNCONFIRMED" },
      { username: "rhea", email: "rhea@example.com", password: PASSWORD },
    ],
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const confirmed: string[] = [];
  const store = createAccountConfirmation({
    client,
    username: ` ${username} `,
    onConfirmed: (name) => confirmed.push(name),
  });
  const states: AccountConfirmationState[] = [store.getState()];
  store.subscribe(() => states.push(store.getState()));
  return { fake, store, confirmed, states };
}

describe("createAccountConfirmation without React", () => {
  it("sends nothing until asked; a new code, then the code: confirmed and handed on", async () => {
    const t = setup();
    expect(t.store.getState()).toMatchObject({ status: "unconfirmed", username: "cleo" });
    expect(t.fake.calls).toEqual([]);
    await t.store.sendCode();
    expect(t.store.getState()).toMatchObject({
      status: "code",
      delivery: { destination: "c***@e***", deliveryMedium: "EMAIL" },
      resends: 0,
    });
    await t.store.sendCode();
    expect(t.store.getState().resends).toBe(1);
    const code = t.fake.lastCode("cleo") ?? "";
    await t.store.confirm(code === "111111" ? "222222" : "111111");
    expect(t.store.getState()).toMatchObject({ status: "code", error: { name: "CodeMismatchException" } });
    await t.store.confirm(` ${code} `);
    expect(t.store.getState()).toMatchObject({ status: "done", error: undefined });
    expect(t.confirmed).toEqual(["cleo"]);
    expect(JSON.stringify(t.states)).not.toContain(code);
    expect(t.fake.calls.map((call) => call.operation)).toEqual([
      "ResendConfirmationCode",
      "ResendConfirmationCode",
      "ConfirmSignUp",
      "ConfirmSignUp",
    ]);
  });

  it("'I already have a code' sends nothing and goes to the code step", async () => {
    const t = setup();
    t.store.haveCode();
    expect(t.store.getState()).toMatchObject({ status: "code", delivery: undefined });
    await t.store.confirm(t.fake.lastCode("cleo") ?? "");
    expect(t.store.getState().status).toBe("done");
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["ConfirmSignUp"]);
  });

  it("an account confirmed already (either operation says so) goes straight on", async () => {
    const t = setup("rhea");
    await t.store.sendCode();
    expect(t.store.getState()).toMatchObject({ status: "done", error: undefined });
    expect(t.confirmed).toEqual(["rhea"]);
    const u = setup("rhea");
    u.store.haveCode();
    await u.store.confirm("123456");
    expect(u.store.getState().status).toBe("done");
  });

  it("other failures stay on the step with the error; a disposed store ignores its answer", async () => {
    const t = setup();
    t.fake.failNext("ResendConfirmationCode", { error: "LimitExceededException" });
    await t.store.sendCode();
    expect(t.store.getState()).toMatchObject({
      status: "unconfirmed",
      pending: false,
      error: { name: "LimitExceededException" },
    });
    const sending = t.store.sendCode();
    t.store.dispose();
    await sending;
    expect(t.store.getState().status).toBe("unconfirmed");
  });
});
