/**
 * The session after sign-in and nothing else: a store shared by the tabs (Web Locks, BroadcastChannel,
 * localStorage), `useSession` and `<SignOutButton>`, under the provider. Compared with the provider
 * and the operation hooks, it is what the session adds.
 */
import {
  browserChannel,
  browserLock,
  CognitoProvider,
  createCognitoClient,
  createSession,
  SignOutButton,
  useSession,
  webStorage,
} from "cognito-challenge-ui";
import { createRoot } from "react-dom/client";
import { bench } from "./config";

const client = createCognitoClient({ clientId: bench.clientId, endpoint: bench.endpoint });
const session = createSession({
  client,
  storage: webStorage(localStorage),
  lock: browserLock(),
  channel: browserChannel("bench-session"),
});

function Account() {
  const { status, claims } = useSession();
  return status === "signedIn" ? (
    <SignOutButton>Sign out {claims?.username}</SignOutButton>
  ) : (
    <p>Signed out</p>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(
  <CognitoProvider client={client} session={session}>
    <Account />
  </CognitoProvider>,
);
