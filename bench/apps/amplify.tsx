/**
 * The anchor: AWS Amplify UI's <Authenticator> with aws-amplify and its stylesheet, configured for the
 * same user pool. Amplify proves the password by SRP, as it does by default.
 */
import { Authenticator } from "@aws-amplify/ui-react";
import "@aws-amplify/ui-react/styles.css";
import { Amplify } from "aws-amplify";
import { createRoot } from "react-dom/client";
import { bench } from "./config";

Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: bench.userPoolId,
      userPoolClientId: bench.clientId,
      userPoolEndpoint: bench.endpoint,
    },
  },
});

createRoot(document.getElementById("root") as HTMLElement).render(
  <Authenticator hideSignUp>{() => <p data-signed-in="">Signed in</p>}</Authenticator>,
);
