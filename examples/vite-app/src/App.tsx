import { type AuthenticationResult, type CognitoClientOptions, SignIn } from "cognito-challenge-ui";
import { createFakeCognito, scenarios } from "cognito-challenge-ui/testing";
import "cognito-challenge-ui/styles.css";
import { useState } from "react";

// A real endpoint when the environment names one (AWS, or cognito-local), else the built-in fake.
const env = import.meta.env;
const fake = env.VITE_COGNITO_CLIENT_ID ? undefined : createFakeCognito(scenarios.passwordOnly.options());
const clientOptions: CognitoClientOptions = fake
  ? { clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake }
  : {
      clientId: env.VITE_COGNITO_CLIENT_ID,
      ...(env.VITE_COGNITO_ENDPOINT ? { endpoint: env.VITE_COGNITO_ENDPOINT } : {}),
      ...(env.VITE_COGNITO_USER_POOL_ID ? { userPoolId: env.VITE_COGNITO_USER_POOL_ID } : {}),
      ...(env.VITE_COGNITO_REGION ? { region: env.VITE_COGNITO_REGION } : {}),
    };
const authFlow = (env.VITE_COGNITO_AUTH_FLOW ?? "USER_AUTH") as "USER_AUTH" | "USER_PASSWORD_AUTH";

/** Who the ID token is for; decoding is enough here, verifying it is the server's job. */
function usernameOf(tokens: AuthenticationResult): string {
  const payload = tokens.idToken?.split(".")[1] ?? "";
  const claims = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, string>;
  return claims["cognito:username"] ?? claims.username ?? claims.sub ?? "?";
}

export function App() {
  const [user, setUser] = useState<string>();
  if (user) return <p role="status">Signed in as {user}.</p>;
  return (
    <>
      {fake ? <p>Demo: sign in as alice with the password Correct-Horse-1.</p> : null}
      <SignIn
        clientOptions={clientOptions}
        authFlow={authFlow}
        totpIssuer="Example"
        onSignedIn={(tokens) => setUser(usernameOf(tokens))}
      />
    </>
  );
}
