// @vitest-environment node
/**
 * The runtime every journey runs on, with a journey of its own: one request at a time, the options a
 * binding replaces (the client and `send` kept), injected time, and dispose.
 */
import type { CognitoClient } from "../../src/core/client/cognitoClient";
import type { Command } from "../../src/core/commands/command";
import { createJourney } from "../../src/core/journey/createJourney";
import type { JourneyDefinition, Send } from "../../src/core/journey/journey";

interface State {
  sent: number;
  pending: boolean;
  error: unknown;
}
interface Options {
  label?: string;
}
interface Actions {
  go(): Promise<void>;
  label(): string | undefined;
  now(): number;
}

const echo: Command<{ n: number }, { n: number }> = { name: "GetUser", request: (input) => input };
const counting: JourneyDefinition<State, Options, Actions> = {
  initial: () => ({ sent: 0, pending: false, error: undefined }),
  actions: ({ getState, update, options, send, run, clock, onDispose }) => {
    onDispose(() => update({ sent: -1 }));
    return {
      go: () =>
        run(async (signal) => {
          await send(echo, { n: 1 }, { signal });
          update({ sent: getState().sent + 1, pending: false });
        }),
      label: () => options().label,
      now: clock,
    };
  },
};

function setup() {
  const calls: string[] = [];
  let release: () => void = () => {};
  const send: Send = async (command, input) => {
    calls.push(command.name);
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return input as never;
  };
  const client = { clientId: "c" } as CognitoClient;
  const store = createJourney(counting, { client, send, clock: () => 42, label: "first" });
  return { store, calls, release: () => release(), send };
}

it("one request at a time: a second call while one is in flight sends nothing; pending, then done", async () => {
  const t = setup();
  const first = t.store.go();
  void t.store.go();
  expect(t.store.getState().pending).toBe(true);
  t.release();
  await first;
  expect(t.calls).toEqual(["GetUser"]);
  expect(t.store.getState()).toMatchObject({ sent: 1, pending: false });
});

it("a failed request's error is the state's; the next request clears it", async () => {
  const client = { clientId: "c" } as CognitoClient;
  let fail = true;
  const store = createJourney(counting, {
    client,
    send: async (_command, input) => {
      if (fail) throw new Error("offline");
      return input as never;
    },
  });
  await store.go();
  expect(store.getState()).toMatchObject({ pending: false, error: { message: "offline" } });
  fail = false;
  await store.go();
  expect(store.getState()).toMatchObject({ sent: 1, error: undefined });
});

it("setOptions replaces the options, keeps the client and send; the injected clock is the journey's", async () => {
  const t = setup();
  t.store.setOptions({ label: "second" });
  expect(t.store.label()).toBe("second");
  expect(t.store.now()).toBe(42);
  const going = t.store.go();
  t.release();
  await going;
  expect(t.calls).toEqual(["GetUser"]);
});

it("dispose runs the journey's own clean-up, cancels the request in flight and refuses later ones", async () => {
  const t = setup();
  const states: State[] = [];
  t.store.subscribe(() => states.push(t.store.getState()));
  const going = t.store.go();
  t.store.dispose();
  t.release();
  await going;
  expect(t.store.isDisposed()).toBe(true);
  expect(t.store.getState().sent).toBe(-1);
  await t.store.go();
  expect(t.calls).toEqual(["GetUser"]);
  expect(t.store.getState().sent).toBe(-1);
});
