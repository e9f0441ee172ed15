// app/SignInForm.tsx: <SignIn> takes functions (onSignedIn), which cannot cross from a server component,
// so it lives in a small client component.
"use client";
import { SignIn, type SignInAuthFlow } from "cognito-challenge-ui";
import "cognito-challenge-ui/styles.css";
import { useState } from "react";

const env = {
  clientId: process.env.NEXT_PUBLIC_COGNITO_CLIENT_ID ?? "",
  userPoolId: process.env.NEXT_PUBLIC_COGNITO_USER_POOL_ID,
  // A proxy, or cognito-local on localhost; leave it unset for AWS.
  endpoint: process.env.NEXT_PUBLIC_COGNITO_ENDPOINT,
  authFlow: (process.env.NEXT_PUBLIC_COGNITO_AUTH_FLOW ?? "USER_AUTH") as SignInAuthFlow,
};

export function SignInForm() {
  const [signedIn, setSignedIn] = useState(false);
  if (signedIn) return <p role="status">Signed in.</p>;
  return (
    <SignIn
      clientOptions={{
        clientId: env.clientId,
        ...(env.userPoolId ? { userPoolId: env.userPoolId } : {}),
        ...(env.endpoint ? { endpoint: env.endpoint } : {}),
      }}
      authFlow={env.authFlow}
      totpIssuer="Example"
      onSignedIn={(tokens) => {
        // Keep the tokens where your app decided, e.g. an httpOnly cookie set by a route handler.
        void tokens;
        setSignedIn(true);
      }}
    />
  );
}
