/**
 * Our <SignUp> as an app uses it: email as the username, a name, a phone number (whose countries and
 * metadata load when the field shows), the password with the pool's rules, and consent.
 */
import { SignUp } from "cognito-challenge-ui/sign-up";
import "cognito-challenge-ui/styles.css";
import { createRoot } from "react-dom/client";
import { bench } from "./config";

createRoot(document.getElementById("root") as HTMLElement).render(
  <SignUp
    clientOptions={{ clientId: bench.clientId, endpoint: bench.endpoint, userPoolId: bench.userPoolId }}
    usernameAs="email"
    attributes={[
      { name: "given_name", label: "First name", required: true, autoComplete: "given-name" },
      { name: "phone_number", label: "Mobile phone", type: "tel" },
    ]}
    passwordPolicy={{ minLength: 8, requireNumbers: true }}
    consent={{ label: "I accept the terms" }}
    totpIssuer="Bench"
    onSignedIn={() => document.body.setAttribute("data-signed-in", "")}
  />,
);
