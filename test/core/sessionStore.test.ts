/**
 * The session store without React, against the fake with an injected clock and timers: refresh before
 * expiry, one refresh at a time (in a tab and across two), offline keeps the user signed in, a refused
 * token ends the session everywhere, and signing out leaves nothing behind.
 */
import { createCognitoClient, type FetchLike } from "../../src/core/client/client";
import { NetworkError, TimeoutError } from "../../src/core/client/errors";
import { InvalidTokenError } from "../../src/core/session/claims";
import { getTokensFromRefreshToken } from "../../src/core/session/operations";
import { memoryStorage, type SessionStorage } from "../../src/core/session/storage";
import { createSession, type SessionEvent } from "../../src/core/session/store";
import {
  localLock,
  type SessionChannel,
  type SessionLock,
  type SessionMessage,
} from "../../src/core/session/tabs";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakeCognitoOptions } from "../../src/testing/index";
import { strayChannel } from "../support/strayChannel";

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
  /** Rewrites an answer's text, as a broken proxy or a compromised network would. */
  let rewrite: ((target: string, text: string) => string) | undefined;
  /** Runs as a call goes out, before the fake answers it. */
  let before: ((target: string) => Promise<void>) | undefined;
  const fetch: FetchLike = async (input, init) => {
    const target = String((init.headers as Record<string, string>)["X-Amz-Target"]).split(".")[1] ?? "";
    calls.push(target);
    if (offline) throw new TypeError("Failed to fetch");
    await before?.(target);
    const answer = await fake(input, init);
    if (!rewrite) return answer;
    return new Response(rewrite(target, await answer.text()), {
      status: answer.status,
      headers: answer.headers,
    });
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
  const tab = (
    storage: SessionStorage = memoryStorage(),
    parts: { channel?: SessionChannel | null; lock?: SessionLock } = {},
  ) => {
    const events: SessionEvent[] = [];
    const timers = manualTimers();
    const channel = parts.channel === undefined ? hub() : (parts.channel ?? undefined);
    const session = createSession({
      client,
      storage,
      clock,
      timers,
      lock: parts.lock ?? lock,
      ...(channel ? { channel } : {}),
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
    setRewrite: (value: typeof rewrite) => {
      rewrite = value;
    },
    setBefore: (value: typeof before) => {
      before = value;
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

  it("a sign-in in place of one held revokes the refresh token it replaces; the new one refreshes", async () => {
    const world = setUp();
    const first = await world.signInTokens();
    const second = await world.signInTokens();
    const tab = world.tab();
    tab.session.signIn(first);
    tab.session.signIn(second);
    await vi.waitFor(() => expect(world.calls).toContain("RevokeToken"));
    const old = await world.client
      .initiateAuth({
        authFlow: "REFRESH_TOKEN_AUTH",
        authParameters: { REFRESH_TOKEN: first.refreshToken as string },
      })
      .catch((error: { name: string }) => error.name);
    expect(old).toBe("NotAuthorizedException");
    const refreshed = await tab.session.getTokens({ forceRefresh: true });
    expect(refreshed?.accessToken).toEqual(expect.any(String));
    expect(refreshed?.accessToken).not.toBe(second.accessToken);
    expect(tab.session.getState().status).toBe("signedIn");
    // The same tokens again replace nothing: no revocation.
    const revocations = world.calls.filter((name) => name === "RevokeToken").length;
    const third = await world.signInTokens();
    tab.session.signIn(third);
    tab.session.signIn(third);
    await vi.waitFor(() =>
      expect(world.calls.filter((name) => name === "RevokeToken")).toHaveLength(revocations + 1),
    );
  });

  it("a refresh refused because a sign-in replaced its tokens meanwhile keeps the new session", async () => {
    const world = setUp();
    const first = await world.signInTokens();
    let second: AuthenticationResult | undefined;
    const tab = world.tab();
    tab.session.signIn(first);
    // As the refresh goes out, the user signs in again here (a fresh sign-in), which revokes it.
    world.setBefore(async (target) => {
      if (target !== "GetTokensFromRefreshToken") return;
      world.setBefore(undefined);
      const { revokeToken } = await import("../../src/core/session/operations");
      await revokeToken(world.client, { token: first.refreshToken as string });
      second = await world.signInTokens();
      tab.session.signIn(second);
    });
    world.advance(11 * MINUTE);
    const tokens = await tab.session.getTokens();
    expect(tokens?.accessToken).toBe(second?.accessToken);
    expect(tab.session.getState().status).toBe("signedIn");
    expect(tab.events.map((event) => event.type)).not.toContain("signedOut");
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
  it("without rotation, a tab that finds the tokens already refreshed in shared storage takes them at once", async () => {
    // Cognito's default: the refresh token stays the same, so only the access token tells new from old.
    const world = setUp();
    const shared = memoryStorage();
    const first = world.tab(shared, { channel: null });
    first.session.signIn(await world.signInTokens());
    const second = world.tab(shared, { channel: null });
    expect(second.session.getState().status).toBe("signedIn");
    world.advance(11 * MINUTE);
    // The second tab's timers are never fired: it must not wait on them for the first tab's tokens.
    const [a, b] = await Promise.all([first.session.getTokens(), second.session.getTokens()]);
    expect(world.refreshCalls()).toBe(1);
    expect(b).toEqual(a);
  });

  it("a lock another tab never lets go of ends in a TimeoutError, and the session is kept", async () => {
    const world = setUp();
    const stuck: SessionLock = {
      run: () => new Promise(() => {}),
      mark: () => () => {},
      isMarked: async () => false,
    };
    const { session, events, timers } = world.tab(memoryStorage(), { lock: stuck });
    session.signIn(await world.signInTokens());
    world.advance(11 * MINUTE);
    const asked = session.getTokens();
    timers.fireAll(); // the lock's wait runs out
    await expect(asked).rejects.toBeInstanceOf(TimeoutError);
    expect(world.refreshCalls()).toBe(0);
    expect(session.getState().status).toBe("signedIn");
    expect(events.at(-1)).toMatchObject({ type: "refreshFailed", endsSession: false });
  });

  it("getTokens({ forceRefresh: true }) refreshes tokens that are not about to expire", async () => {
    const world = setUp();
    const { session, events } = world.tab();
    session.signIn(await world.signInTokens());
    expect(await session.getTokens()).toBeDefined();
    expect(world.refreshCalls()).toBe(0);
    expect(await session.getTokens({ forceRefresh: true })).toBeDefined();
    expect(world.refreshCalls()).toBe(1);
    expect(events.map((event) => event.type)).toEqual(["signedIn", "refreshed"]);
  });

  it("an ID token that expires before the access token is refreshed in time", async () => {
    const world = setUp({ tokenValidity: { accessSeconds: 3600, idSeconds: 600 } });
    const { session } = world.tab();
    session.signIn(await world.signInTokens());
    world.advance(9.5 * MINUTE);
    await session.getTokens();
    expect(world.refreshCalls()).toBe(1);
  });

  it("a wall clock that jumps back refreshes, rather than trusting an expiry it can no longer measure", async () => {
    const world = setUp();
    const { session } = world.tab();
    session.signIn(await world.signInTokens());
    world.advance(-2 * 60 * MINUTE);
    expect(await session.getTokens()).toBeDefined();
    expect(world.refreshCalls()).toBe(1);
    // Measured from the new time on, the tokens are fresh again.
    expect(await session.getTokens()).toBeDefined();
    expect(world.refreshCalls()).toBe(1);
  });

  it("ignores channel messages that are not ours, of another version, or carry no JWT", async () => {
    const world = setUp();
    const { channel, deliver } = strayChannel();
    const { session, events } = world.tab(memoryStorage(), { channel });
    const tokens = await world.signInTokens();
    session.signIn(tokens);
    const strays: unknown[] = [
      null,
      "signedOut",
      { type: "signedOut" },
      { v: 2, type: "signedOut" },
      { v: 1, type: "nonsense" },
      { v: 1, type: "tokens", reason: "refreshed", tokens: null },
      {
        v: 1,
        type: "tokens",
        reason: "refreshed",
        tokens: { accessToken: "not-a-jwt", refreshToken: "r", expiresAt: 1 },
      },
      { v: 1, type: "tokens", reason: "refreshed", tokens: { ...tokens, expiresAt: Number.NaN } },
      { v: 1, type: "tokens", reason: "hacked", tokens: { ...tokens, expiresAt: 1 } },
    ];
    for (const stray of strays) expect(() => deliver(stray)).not.toThrow();
    expect(session.getState().status).toBe("signedIn");
    expect(await session.getTokens()).toEqual({ accessToken: tokens.accessToken, idToken: tokens.idToken });
    expect(events.map((event) => event.type)).toEqual(["signedIn"]);
    deliver({ v: 1, type: "signedOut" });
    expect(session.getState().status).toBe("signedOut");
    expect(await session.getTokens()).toBeUndefined();
  });

  it("refuses a sign-in whose access token is no JWT, with a typed error; state and getTokens() agree", async () => {
    const world = setUp();
    const { session, storage } = world.tab();
    const tokens = await world.signInTokens();
    expect(() => session.signIn({ ...tokens, accessToken: "opaque" })).toThrow(InvalidTokenError);
    expect(session.getState().status).toBe("signedOut");
    expect(await session.getTokens()).toBeUndefined();
    expect(storage.get("cognito-challenge-ui.session.fake-client-id")).toBeNull();
  });

  it("a refresh answer with no JWT is a refresh that failed: the session keeps the tokens it has", async () => {
    const world = setUp();
    const { session, events } = world.tab();
    const tokens = await world.signInTokens();
    session.signIn(tokens);
    world.setRewrite((target, text) =>
      target === "GetTokensFromRefreshToken"
        ? text.replace(/"AccessToken":"[^"]+"/, '"AccessToken":"opaque"')
        : text,
    );
    world.advance(9.5 * MINUTE); // within the last minute: refreshed, though the old token still works
    expect(await session.getTokens()).toEqual({ accessToken: tokens.accessToken, idToken: tokens.idToken });
    expect(events.at(-1)).toMatchObject({ type: "refreshFailed", endsSession: false });
    expect((events.at(-1) as { error: unknown }).error).toBeInstanceOf(InvalidTokenError);
    expect(session.getState().status).toBe("signedIn");
  });

  it("passes over stored values it cannot hold: garbage, another shape, a token with no JWT", async () => {
    const world = setUp();
    const tokens = await world.signInTokens();
    for (const raw of [
      "{",
      "null",
      "[]",
      JSON.stringify({ ...tokens, expiresAt: "soon" }),
      JSON.stringify({ accessToken: "opaque", refreshToken: "r", expiresAt: Date.now() + MINUTE }),
      JSON.stringify({ ...tokens, expiresAt: Date.now() + MINUTE, idToken: 7 }),
    ]) {
      const storage = memoryStorage();
      storage.set("cognito-challenge-ui.session.fake-client-id", raw);
      const { session } = world.tab(storage);
      expect(session.getState().status).toBe("signedOut");
      expect(await session.getTokens()).toBeUndefined();
    }
  });
});
