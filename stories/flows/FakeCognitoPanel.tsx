import { useEffect, useState } from "react";
import type { FakeCognito } from "../../src/testing/index";

/**
 * What the fake "sent": the last SMS or email code, and the current authenticator code for the user's
 * secret, so a person can finish every flow by hand. Demo only: a real app never shows these.
 */
export function FakeCognitoPanel({ fake, username }: { fake: FakeCognito; username: string }) {
  const [, setTick] = useState(0);
  const [totp, setTotp] = useState<string | undefined>();
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 500);
    return () => clearInterval(timer);
  });
  const secret = fake.totpSecret(username);
  useEffect(() => {
    let live = true;
    void fake.totpCode(username).then((code) => live && setTotp(code));
    return () => {
      live = false;
    };
  });
  const delivery = fake.deliveries.at(-1);
  return (
    <aside
      aria-label="Fake Cognito"
      style={{
        marginTop: 24,
        padding: 12,
        border: "1px dashed #6b7280",
        background: "#fff",
        color: "#111827",
        font: "14px system-ui",
        maxWidth: "26rem",
      }}
    >
      <strong>Fake Cognito (demo)</strong>
      <p style={{ margin: "4px 0" }}>
        Sign in as <code>{username}</code>
      </p>
      <p style={{ margin: "4px 0" }} data-testid="last-code">
        {delivery ? (
          <>
            Last {delivery.medium === "SMS" ? "SMS" : "email"} code to {delivery.destination}:{" "}
            <code>{delivery.code}</code>
          </>
        ) : (
          "No code sent yet."
        )}
      </p>
      {secret ? (
        <p style={{ margin: "4px 0" }} data-testid="totp-code">
          Authenticator code now: <code>{totp}</code>
        </p>
      ) : null}
    </aside>
  );
}
