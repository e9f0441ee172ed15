import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, within } from "storybook/test";
import { SignIn } from "../../src/components/SignIn";
import { SignUp } from "../../src/components/SignUp";
import type { CognitoClientOptions } from "../../src/core/client/client";

/** STORYBOOK_* variables reach the stories through Vite's import.meta.env. */
const env = ((import.meta as { env?: Record<string, string | undefined> }).env ?? {}) as Record<
  string,
  string | undefined
>;

function liveOptions(): CognitoClientOptions | undefined {
  const clientId = env.STORYBOOK_COGNITO_CLIENT_ID;
  if (!clientId) return undefined;
  return {
    clientId,
    ...(env.STORYBOOK_COGNITO_ENDPOINT ? { endpoint: env.STORYBOOK_COGNITO_ENDPOINT } : {}),
    ...(env.STORYBOOK_COGNITO_REGION ? { region: env.STORYBOOK_COGNITO_REGION } : {}),
    ...(env.STORYBOOK_COGNITO_USER_POOL_ID ? { userPoolId: env.STORYBOOK_COGNITO_USER_POOL_ID } : {}),
  };
}

/**
 * <SignIn> against a real endpoint: AWS, or cognito-local on this machine. Set the variables before
 * `npm start`, e.g. for cognito-local (from `node scripts/cognito-local.mjs start`):
 *
 *   STORYBOOK_COGNITO_ENDPOINT=http://127.0.0.1:PORT/ STORYBOOK_COGNITO_CLIENT_ID=… \
 *   STORYBOOK_COGNITO_AUTH_FLOW=USER_PASSWORD_AUTH npm start
 */
function Live() {
  const options = liveOptions();
  // "No account yet? Create one" and back, with what was typed.
  const [signingUp, setSigningUp] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  if (!options) {
    return (
      <section aria-labelledby="live-title" style={{ font: "15px system-ui", maxWidth: "40rem" }}>
        <h2 id="live-title">No live endpoint configured</h2>
        <p>
          Set <code>STORYBOOK_COGNITO_CLIENT_ID</code> and one of <code>STORYBOOK_COGNITO_REGION</code>,{" "}
          <code>STORYBOOK_COGNITO_USER_POOL_ID</code> or <code>STORYBOOK_COGNITO_ENDPOINT</code> (and
          optionally <code>STORYBOOK_COGNITO_AUTH_FLOW</code>), then restart Storybook. For a local emulator,
          run <code>node scripts/cognito-local.mjs start</code> and use the endpoint and client id it prints.
        </p>
      </section>
    );
  }
  const flow = env.STORYBOOK_COGNITO_AUTH_FLOW as
    | "USER_AUTH"
    | "USER_PASSWORD_AUTH"
    | "CUSTOM_AUTH"
    | undefined;
  // Tokens stay in memory here; a real app decides where they go.
  const signedIn = () => {};
  return (
    <div>
      {signingUp === undefined ? (
        <SignIn
          clientOptions={options}
          authFlow={flow ?? "USER_AUTH"}
          totpIssuer="cognito-challenge-ui live"
          initialUsername={typed}
          onSignUp={setSigningUp}
          onSignedIn={signedIn}
        />
      ) : (
        <SignUp
          clientOptions={options}
          authFlow={flow ?? "USER_AUTH"}
          totpIssuer="cognito-challenge-ui live"
          initialUsername={signingUp}
          attributes={[{ name: "email", label: "Email", type: "email", required: true }]}
          onSignIn={(username) => {
            setTyped(username);
            setSigningUp(undefined);
          }}
          onSignedIn={signedIn}
        />
      )}
      <AccountScenarios />
    </div>
  );
}

/**
 * The account steps against the endpoint, with the users `scripts/cognito-local.mjs` seeds (password
 * Correct-Horse-1; every code cognito-local sends is 246810, its CODE setting).
 */
function AccountScenarios() {
  return (
    <section
      aria-labelledby="live-accounts"
      style={{ font: "14px system-ui", maxWidth: "40rem", marginTop: 24 }}
    >
      <h3 id="live-accounts">Account steps to try (cognito-local's seeded users)</h3>
      <ul>
        <li>
          <strong>Forgot password:</strong> <code>rhea</code>, then "Forgot password?": the code (246810 on
          cognito-local), a new password, signed in with it.
        </li>
        <li>
          <strong>Unconfirmed account:</strong> <code>cleo</code> with her password: "Confirm your account".
          cognito-local has no ResendConfirmationCode, so use "I already have a code" with the code SignUp
          sent (246810); then she is signed in without typing the password again.
        </li>
        <li>
          <strong>Sign-up:</strong> "No account yet? Create one", any new username with an email: the code
          (246810 on cognito-local), then signed in without typing the password again (cognito-local gives no
          Session after SignUp, so by the password held until then).
        </li>
        <li>
          <strong>Reset required:</strong> on AWS, a user an administrator reset (AdminResetUserPassword) or
          imported; cognito-local has no AdminResetUserPassword. The fake's flows (Flows/SignIn) have both.
        </li>
      </ul>
    </section>
  );
}

const meta = {
  title: "Flows/Live",
  component: Live,
  // <SignIn> renders its own root; the preview adds none around it.
  tags: ["own-root"],
  parameters: { layout: "padded" },
} satisfies Meta<typeof Live>;
export default meta;

export const LiveEndpoint: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const configured = Boolean(env.STORYBOOK_COGNITO_CLIENT_ID);
    await expect(canvas.getByRole("heading")).toHaveTextContent(
      configured ? "Sign in" : "No live endpoint configured",
    );
  },
};
