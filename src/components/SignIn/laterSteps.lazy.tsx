"use client";
// What <SignIn> shows after the username: the challenge steps (with who is signing in and the
// countdown) and the expired step. Loaded on demand, started as the username goes out: the page's first
// load carries the username step only.
import { useEffect, useMemo, useRef, useState } from "react";
import type { FirstFactor } from "../../core/names";
import type { UseSignInResult } from "../../hooks/useSignIn";
import { laterEn } from "../../i18n/en/later";
import type { signInEn } from "../../i18n/en/signIn";
import { format, isolate } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { AccountContext } from "../ChallengeLayout/AccountContext";
import { type ChallengeComponents, ChallengeView } from "../ChallengeView";
import type { CodeOptions } from "../CodeChallenge";
import type { PasswordPolicy } from "../NewPasswordChallenge";
import { Button } from "../primitives/Button";
import { Done } from "../primitives/Done";
import type { MessagesOf } from "../useMessages";
import type { CredentialsLike } from "../WebAuthnChallenge";

export interface LaterStepProps {
  flow: UseSignInResult;
  messages: MessagesOf<typeof signInEn>;
  components?: Partial<ChallengeComponents> | undefined;
  challengeOrder?: FirstFactor[] | undefined;
  totpIssuer?: string | undefined;
  passwordPolicy?: PasswordPolicy | undefined;
  attributeLabels?: Record<string, string> | undefined;
  credentials?: CredentialsLike | undefined;
  codeOptions?: Omit<CodeOptions, "onResend"> | undefined;
  clock?: (() => number) | undefined;
  countdownFromSeconds: number;
  /** "Forgot password?" on the steps that ask for a password. */
  onForgotPassword?: (() => void) | undefined;
  /** A fresh sign-in of the signed-in user: who it is, with no way to another account. */
  knownUser?: boolean | undefined;
}

/**
 * A challenge (status `challenge`), the explanation that the sign-in ran out (`expired`), or that it is
 * done (`signedIn`).
 */
export function LaterStep({
  flow,
  messages: given,
  clock,
  countdownFromSeconds,
  knownUser,
  ...view
}: LaterStepProps) {
  // This chunk's own English, under what the app gave.
  const messages = useMemo(() => ({ ...laterEn, ...given }), [given]);
  // Every step after the username says who is signing in, with the way back to change it.
  const { username, restart } = flow;
  const account = useMemo(
    () => (
      <p data-slot="account">
        {format(messages["signIn.signedInAs"], { username: isolate(username) })}
        {knownUser ? null : (
          <>
            {" "}
            <Button variant="link" onClick={restart}>
              {messages["signIn.notYou"]}
            </Button>
          </>
        )}
      </p>
    ),
    [username, restart, messages, knownUser],
  );
  // The error the challenge last showed once settled. Cognito ends a session after too many wrong codes
  // with "Invalid session for the user." (not "…, session is expired."), right after a wrong code: that
  // is how the expired step tells the two apart. Kept here, with the steps that show it, rather than in
  // the store, which every sign-in page loads at once.
  const settledError = useRef<unknown>(undefined);
  useEffect(() => {
    if (flow.status === "challenge" && !flow.pending) settledError.current = flow.error;
  });
  if (flow.status === "signedIn") return <Done slot="signed-in">{messages["signIn.signedIn"]}</Done>;
  if (flow.status === "expired")
    return (
      <ChallengeLayout
        name="EXPIRED"
        title={messages["signIn.title"]}
        // Cognito ended the session for wrong codes: an error, said in the step's alert. Time or an
        // interruption is explained instead.
        {...(flow.expiredBy === "server" &&
        (settledError.current as Error | undefined)?.name === "CodeMismatchException" &&
        !/expired/.test((flow.error as Error).message)
          ? {
              error: flow.error,
              messages: { ...given, "error.sessionExpired": messages["signIn.tooManyCodes"] },
            }
          : { description: messages["signIn.expired"], announceDescription: true })}
        actions={
          <Button variant="primary" onClick={flow.restart}>
            {messages["signIn.restart"]}
          </Button>
        }
      />
    );
  return (
    <AccountContext.Provider value={account}>
      <ChallengeView flow={flow} {...view} />
      <Countdown flow={flow} messages={messages} clock={clock} fromSeconds={countdownFromSeconds} />
    </AccountContext.Provider>
  );
}

function useNow(clock: () => number, active: boolean): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!active) return;
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(timer);
  }, [active, clock]);
  return now;
}

function minutesAndSeconds(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

const defaultClock = () => Date.now();

function Countdown({
  flow,
  messages,
  clock = defaultClock,
  fromSeconds,
}: {
  flow: UseSignInResult;
  messages: MessagesOf<typeof signInEn & typeof laterEn>;
  clock?: () => number;
  fromSeconds: number;
}) {
  const now = useNow(clock, flow.expiresAt !== undefined);
  if (flow.expiresAt === undefined) return null;
  const left = flow.expiresAt - now;
  if (left > fromSeconds * 1000) return null;
  // role=timer is not announced on every tick; the text is there for whoever looks or reads.
  return (
    <p data-slot="countdown" role="timer">
      {format(messages["signIn.expiresIn"], { time: minutesAndSeconds(left) })}
    </p>
  );
}
