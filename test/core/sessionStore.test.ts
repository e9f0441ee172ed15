/**
 * The session store without React, against the fake with an injected clock and timers: refresh before
 * expiry, one refresh at a time (in a tab and across two), offline keeps the user signed in, a refused
 * token ends the session everywhere, and signing out leaves nothing behind.
 */
import { createCognitoClient, type FetchLike } from "../../src/core/client/client";
import { NetworkError } from "../../src/core/client/errors";
import { getTokensFromRefreshToken } from "../../src/core/session/operations";
import { memoryStorage, type SessionStorage } from "../../src/core/session/storage";
import { createSession, type SessionEvent } from "../../src/core/session/store";
import { localLock, type SessionChannel, type SessionMessage } from "../../src/core/session/tabs";
import { createFakeCognito, type FakeCognitoOptions } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";
const MINUTE = 60_000;

/**
 * Channels that reach each other (never the sender), as BroadcastChannel reaches other tabs: at once, or
 * `delayMs` later, as a message may arrive after the lock has passed to the next tab.
 */
function channelHub(delayMs?: number) {
  const listeners = new Set<(message: SessionMessage) => void>();
  return (): SessionChannel => {
    let own: ((message: SessionMessage) => void) | undefined;
    return {
      post: (message) => {
        for (const listener of [...listeners]) {
          if (listener === own) continue;
          const deliver = () => listener(structuredClone(message));
          if (delayMs === undefined) deliver();
          else setTimeout(deliver, delayMs);
        }
      },
      listen(listener) {
        own = listener;
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close() {},
    };
  };
}

/** Timers the test fires by hand. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (callback: () => void) => {
      pending.set(++next, callback);
      return next;
    },
    clearTimeout: (handle: unknown) => {
      pending.delete(handle as number);
    },
    fireAll() {
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback();
    },
    count: () => pending.size,
  };
}

function setUp(pool: FakeCognitoOptions["pool"] = {}, channelDelayMs?: number) {
  let now = Date.UTC(2026, 11, 1, 12, 0, 0);
  const clock = () => now;
  const fake = createFakeCognito({
    pool: { mfa: "OFF", tokenValidity: { accessSeconds: 600 }, ...pool },
    users: [{ username: "zoe", password: PASSWORD, email: "zoe@example.com", groups: ["staff"] }],
    clock,
  });
  const calls: string[] = [];
  let offline = false;
  const fetch: FetchLike = (input, init) => {
    const target = String((init.headers as Record<string, string>)["X-Amz-Target"]).split(".")[1] ?? "";
    calls.push(target);
    if (offline) return Promise.reject(new TypeError("Failed to fetch"));
    return fake(input, init);
  };
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch });
  const signInTokens = async () => {
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "zoe", PASSWORD },
    });
    if (!answer.authenticationResult) throw new Error("expected tokens");
    return answer.authenticationResult;
  };
  const hub = channelHub(channelDelayMs);
  const lock = localLock();
  const tab = (storage: SessionStorage = memoryStorage()) => {
    const events: SessionEvent[] = [];
    const timers = manualTimers();
    const session = createSession({
      client,
      storage,
      clock,
      timers,
      lock,
      channel: hub(),
      onEvent: (event) => events.push(event),
    });
    session.start();
    return { session, events, timers, storage };
  };
  return {
    client,
    signInTokens,
    tab,
    calls,
    refreshCalls: () => calls.filter((name) => name === "GetTokensFromRefreshToken").length,
    advance: (ms: number) => {
      now += ms;
    },
    setOffline: (value: boolean) => {
      offline = value;
    },
  };
}

describe("createSession", () => {
  it("holds a sign-in's tokens: claims in the state, tokens only in storage and through getTokens()", async () => {
    const world = setUp();
    const tokens = await world.signInTokens();
    const { session, events, storage } = world.tab();
    session.signIn(tokens);
    const state = session.getState();
    expect(state.status).toBe("signedIn");
    expect(state.claims).toMatchObject({ username: "zoe", email: "zoe@example.com", groups: ["staff"] });
    expect(state.claims?.sub).not.toBe("zoe");
    expect(JSON.stringify(state)).not.toContain(tokens.accessToken);
    expect(JSON.stringify(state)).not.toContain(tokens.refreshToken as string);
    expect(storage.get("cognito-challenge-ui.session.fake-client-id")).toContain(
      tokens.refreshToken as string,
    );
    expect(await session.getTokens()).toEqual({ accessToken: tokens.accessToken, idToken: tokens.idToken });
    expect(world.refreshCalls()).toBe(0);
    expect(events.map((event) => event.type)).toEqual(["signedIn"]);
  });

  it("refreshes shortly before the access token expires, once for many callers", async () => {
    const world = setUp();
    const tokens = await world.signInTokens();
    const { session, events } = world.tab();
    session.signIn(tokens);
    world.advance(9 * MINUTE + 1); // 10 min tokens: less than a minute left
    const [one, two, three] = await Promise.all([
      session.getTokens(),
      session.getTokens(),
      session.getTokens(),
    ]);
    expect(world.refreshCalls()).toBe(1);
    expect(one?.accessToken).not.toBe(tokens.accessToken);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    expect(events.map((event) => event.type)).toEqual(["signedIn", "refreshed"]);
  });

  it("an expired access token is refreshed before getTokens() resolves", async () => {
    const world = setUp();
    const { session } = world.tab();
    session.signIn(await world.signInTokens());
    world.advance(11 * MINUTE);
    const fresh = await session.getTokens();
    expect(world.refreshCalls()).toBe(1);
    // The fake takes the new access token: it is valid now.
    await expect(
      world.client.associateSoftwareToken({ accessToken: fresh?.accessToken as string }),
    ).resolves.toMatchObject({ secretCode: expect.any(String) });
  });

  it("going offline during a refresh keeps the user signed in, and the refresh is tried again", async () => {
    const world = setUp();
    const { session, events, timers } = world.tab();
    session.signIn(await world.signInTokens());
    world.advance(11 * MINUTE);
    world.setOffline(true);
    await expect(session.getTokens()).rejects.toBeInstanceOf(NetworkError);
    expect(session.getState().status).toBe("signedIn");
    expect(events.at(-1)).toMatchObject({ type: "refreshFailed", endsSession: false });
    expect(timers.count()).toBe(1);

    world.setOffline(false);
    timers.fireAll();
    await vi.waitFor(() => expect(events.at(-1)?.type).toBe("refreshed"));
    expect(session.getState().status).toBe("signedIn");
    expect(await session.getTokens()).toBeDefined();
  });

  it("a refresh token Cognito refuses ends the session, in every tab", async () => {
    const world = setUp();
    const tokens = await world.signInTokens();
    const first = world.tab();
    const second = world.tab();
    first.session.signIn(tokens);
    expect(second.session.getState().status).toBe("signedIn"); // heard on the channel
    await world.client.initiateAuth({
      authFlow: "REFRESH_TOKEN_AUTH",
      authParameters: { REFRESH_TOKEN: tokens.refreshToken as string },
    });
    const { revokeToken } = await import("../../src/core/session/operations");
    await revokeToken(world.client, { token: tokens.refreshToken as string });
    world.advance(11 * MINUTE);
    expect(await first.session.getTokens()).toBeUndefined();
    expect(first.session.getState()).toEqual({ status: "signedOut", claims: undefined });
    expect(first.events.slice(-2)).toMatchObject([
      { type: "refreshFailed", endsSession: true },
      { type: "signedOut", reason: "refused" },
    ]);
    expect(second.session.getState().status).toBe("signedOut");
    expect(second.events.at(-1)).toMatchObject({ type: "signedOut", reason: "otherTab" });
  });

  it("signOut() revokes the refresh token and leaves nothing in storage, here or in another tab", async () => {
    const world = setUp();
    const tokens = await world.signInTokens();
    const first = world.tab();
    const second = world.tab();
    first.session.signIn(tokens);
    expect(await first.session.signOut()).toEqual({});
    for (const { session, storage } of [first, second]) {
      expect(session.getState().status).toBe("signedOut");
      expect(storage.get("cognito-challenge-ui.session.fake-client-id")).toBeNull();
      expect(await session.getTokens()).toBeUndefined();
    }
    await expect(
      getTokensFromRefreshToken(world.client, { refreshToken: tokens.refreshToken as string }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("signOut() offline still clears everything here, and reports what failed", async () => {
    const world = setUp();
    const { session, storage, events } = world.tab();
    session.signIn(await world.signInTokens());
    world.setOffline(true);
    const { error } = await session.signOut();
    expect(error).toBeInstanceOf(NetworkError);
    expect(session.getState().status).toBe("signedOut");
    expect(storage.get("cognito-challenge-ui.session.fake-client-id")).toBeNull();
    expect(events.at(-1)).toMatchObject({
      type: "signedOut",
      reason: "signOut",
      error: expect.any(NetworkError),
    });
  });

  it("signOut({ global: true }) ends the user's other sign-ins too", async () => {
    const world = setUp();
    const elsewhere = await world.signInTokens();
    const { session } = world.tab();
    session.signIn(await world.signInTokens());
    await session.signOut({ global: true });
    expect(world.calls.slice(-2)).toEqual(["GlobalSignOut", "RevokeToken"]);
    await expect(
      getTokensFromRefreshToken(world.client, { refreshToken: elsewhere.refreshToken as string }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("two tabs refreshing at the same moment make one call, with rotation and no grace period", async () => {
    const world = setUp({ refreshTokenRotation: { gracePeriodSeconds: 0 } });
    const first = world.tab();
    const second = world.tab();
    first.session.signIn(await world.signInTokens());
    world.advance(11 * MINUTE);
    const [a, b] = await Promise.all([first.session.getTokens(), second.session.getTokens()]);
    expect(world.refreshCalls()).toBe(1);
    expect(a).toEqual(b);
    expect(first.session.getState().status).toBe("signedIn");
    expect(second.session.getState().status).toBe("signedIn");
    // Both hold the rotated refresh token: the next refresh, from either tab, works.
    world.advance(11 * MINUTE);
    expect(await second.session.getTokens()).toBeDefined();
    expect(world.refreshCalls()).toBe(2);
  });

  it("a tab that gets the lock before the other's new tokens reach it waits for them instead of refreshing", async () => {
    const world = setUp({ refreshTokenRotation: { gracePeriodSeconds: 0 } }, 50);
    const first = world.tab();
    const second = world.tab();
    first.session.signIn(await world.signInTokens());
    await vi.waitFor(() => expect(second.session.getState().status).toBe("signedIn"));
    world.advance(11 * MINUTE);
    const [a, b] = await Promise.all([first.session.getTokens(), second.session.getTokens()]);
    expect(world.refreshCalls()).toBe(1);
    expect(b).toEqual(a);
    expect(second.session.getState().status).toBe("signedIn");
  });

  it("creating a store touches no storage (server rendering); start() reads it", async () => {
    const world = setUp();
    const tokens = await world.signInTokens();
    const stored = world.tab();
    stored.session.signIn(tokens);
    const reads: string[] = [];
    const spying: SessionStorage = {
      get: (key) => {
        reads.push(key);
        return stored.storage.get(key);
      },
      set: () => {},
      remove: () => {},
    };
    const restored = createSession({ client: world.client, storage: spying });
    expect(reads).toEqual([]);
    expect(restored.getState().status).toBe("signedOut");
    restored.start();
    expect(restored.getState()).toMatchObject({ status: "signedIn", claims: { username: "zoe" } });
  });
});
