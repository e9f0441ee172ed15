/** Our <SignIn> with every challenge, as an app uses it, signing in against the bench's Cognito. */
import { SignIn } from "cognito-challenge-ui";
import "cognito-challenge-ui/styles.css";
import { createRoot } from "react-dom/client";
import { bench } from "./config";

createRoot(document.getElementById("root") as HTMLElement).render(
  <SignIn
    clientOptions={{ clientId: bench.clientId, endpoint: bench.endpoint, userPoolId: bench.userPoolId }}
    authFlow="USER_PASSWORD_AUTH"
    totpIssuer="Bench"
    onSignedIn={() => document.body.setAttribute("data-signed-in", "")}
  />,
);
