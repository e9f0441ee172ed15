/** The provider and a client, rendering nothing of ours: the baseline the session's row is compared with. */
import { CognitoProvider, createCognitoClient } from "cognito-challenge-ui";
import { createRoot } from "react-dom/client";
import { bench } from "./config";

const client = createCognitoClient({ clientId: bench.clientId, endpoint: bench.endpoint });

createRoot(document.getElementById("root") as HTMLElement).render(
  <CognitoProvider client={client}>
    <p>Signed out</p>
  </CognitoProvider>,
);
