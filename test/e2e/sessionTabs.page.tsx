/**
 * A page for scripts/session-tabs-e2e.mjs: one session per tab, sharing Web Locks and a
 * BroadcastChannel with the other tabs of the origin, against the fake Cognito the script serves. The
 * script drives it through `window.tabs`; `skewMs` moves this tab's clock, as time passing would.
 */
import {
  browserChannel,
  browserLock,
  createCognitoClient,
  createSession,
  type SessionEvent,
} from "cognito-challenge-ui";

let skewMs = 0;
const events: SessionEvent["type"][] = [];
const client = createCognitoClient({ clientId: "fake-client-id", endpoint: `${location.origin}/cognito/` });
const session = createSession({
  client,
  clock: () => Date.now() + skewMs,
  lock: browserLock(),
  channel: browserChannel("session-tabs-e2e"),
  onEvent: (event) => events.push(event.type),
});
session.start();

const tabs = {
  async signIn(username: string, password: string) {
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: username, PASSWORD: password },
    });
    if (answer.authenticationResult) session.signIn(answer.authenticationResult);
  },
  status: () => session.getState().status,
  username: () => session.getState().claims?.username,
  skew(ms: number) {
    skewMs = ms;
  },
  accessToken: async () => (await session.getTokens())?.accessToken,
  signOut: () => session.signOut().then((result) => ("error" in result ? String(result.error) : "ok")),
  events: () => [...events],
};
(window as unknown as { tabs: typeof tabs }).tabs = tabs;
document.body.dataset.ready = "";
