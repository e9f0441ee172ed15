"use client";
import { type CSSProperties, useEffect, useState } from "react";
import type { FakeCognito } from "../../testing/fakeCognito";
import type { FakeScenario } from "../../testing/scenarios";
import type { Delivery } from "../../testing/types";

export interface FakeCognitoOutboxProps {
  /** The fake whose codes to show, from `createFakeCognito`. */
  fake: FakeCognito;
  /** The scenario the fake runs: who to sign in as, with which password, is said first. */
  scenario?: FakeScenario;
  /**
   * Also show this user's authenticator code now, once they have a secret (set up or being set up).
   * Default: the scenario's user.
   */
  username?: string;
  /** How many of the latest codes to list. Default 3. */
  limit?: number;
  className?: string;
}

// Inline, and in the system colours of the page's scheme: the outbox needs no stylesheet, and reads as
// the demo's own panel rather than part of the sign-in.
const panel: CSSProperties = {
  boxSizing: "border-box",
  width: "100%",
  maxWidth: "25rem",
  margin: "16px auto",
  padding: 12,
  border: "1px dashed GrayText",
  borderRadius: 8,
  background: "Canvas",
  color: "CanvasText",
  font: "14px/1.5 system-ui, sans-serif",
  textAlign: "start",
};
const line: CSSProperties = { margin: "4px 0" };
const code: CSSProperties = { font: "600 15px ui-monospace, monospace", letterSpacing: "0.1em" };

/**
 * The codes a fake Cognito "sent" (by SMS or email), newest first, and a user's current authenticator
 * code: what a person needs to finish every scenario by hand. For demos and development only; a real app
 * never shows codes. Codes arrive through `fake.subscribe`, as they are sent.
 */
export function FakeCognitoOutbox({
  fake,
  scenario,
  username = scenario?.username,
  limit = 3,
  className,
}: FakeCognitoOutboxProps) {
  const [sent, setSent] = useState<readonly Delivery[]>(() => [...fake.deliveries]);
  useEffect(() => {
    // What was sent before this effect ran, then each new code as it goes out.
    setSent([...fake.deliveries]);
    return fake.subscribe(() => setSent([...fake.deliveries]));
  }, [fake]);
  const totp = useAuthenticatorCode(fake, username);
  const latest = sent.slice(-limit).reverse();
  return (
    <aside aria-label="Fake Cognito outbox" data-slot="fake-outbox" className={className} style={panel}>
      <strong>Fake Cognito outbox</strong> (demo only: a real app never shows codes)
      {scenario ? (
        <p style={line}>
          Sign in as <code style={code}>{scenario.username}</code>
          {scenario.password ? (
            <>
              {" "}
              with the password <code style={code}>{scenario.password}</code>
            </>
          ) : null}
          .
        </p>
      ) : null}
      {latest.length === 0 ? (
        <p style={line} data-testid="last-code">
          No code sent yet.
        </p>
      ) : (
        latest.map((delivery, index) => (
          <p
            // The same code may go out twice (two users, by chance): what makes one unique is all of it.
            key={`${delivery.username} ${delivery.challengeName} ${delivery.medium} ${delivery.code}`}
            style={line}
            data-testid={index === 0 ? "last-code" : undefined}
          >
            {delivery.medium === "SMS" ? "Text message" : "Email"} to {delivery.destination}:{" "}
            {delivery.link ? (
              // A pool that confirms by link: the user opens it, and the account is confirmed.
              <button type="button" onClick={() => fake.openConfirmationLink(delivery.username)}>
                Open the confirmation link
              </button>
            ) : (
              <code style={code}>{delivery.code}</code>
            )}
          </p>
        ))
      )}
      {totp ? (
        <p style={line} data-testid="totp-code">
          Authenticator code for {username} now: <code style={code}>{totp}</code>
        </p>
      ) : null}
    </aside>
  );
}

/**
 * The user's authenticator code, read again each second: it changes every 30 s, and a secret appears
 * when set-up starts, which no code delivery announces.
 */
function useAuthenticatorCode(fake: FakeCognito, username: string | undefined): string | undefined {
  const [value, setValue] = useState<string>();
  useEffect(() => {
    if (!username) return;
    let live = true;
    const read = () => void fake.totpCode(username).then((code) => live && setValue(code));
    read();
    const timer = setInterval(read, 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [fake, username]);
  return value;
}
