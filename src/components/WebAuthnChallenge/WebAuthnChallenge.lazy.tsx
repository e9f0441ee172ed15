"use client";
import { useEffect, useMemo, useState } from "react";
import type { AssertionLike, CredentialsLike } from "../../core/webauthn/webauthn.lazy";
import { webauthnEn } from "../../i18n/en/webauthn";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";
import { loadWebAuthnHelpers } from "./lazy";

export type { CredentialsLike };

export type WebAuthnChallengeProps = ChallengeProps<"WEB_AUTHN"> & {
  /** Defaults to `navigator.credentials`. */
  credentials?: CredentialsLike;
  /** Offered with every failure (the browser's or Cognito's), to choose another way to sign in. */
  onRestart?: () => void;
  /**
   * "Sign in another way": asks Cognito again for the user's ways in (SELECT_CHALLENGE), in place of
   * `onRestart`'s username step.
   */
  onOtherWays?: () => void;
};

type Problem = "unavailable" | "cancelled" | "failed" | undefined;

type WebAuthnHelpers = Awaited<ReturnType<typeof loadWebAuthnHelpers>>;
let helpers: WebAuthnHelpers | undefined;

/** WebAuthn's JSON helpers, loaded as this step shows (see the registry). */
function loadHelpers(): Promise<WebAuthnHelpers> {
  return loadWebAuthnHelpers().then((module) => {
    helpers = module;
    return module;
  });
}

/**
 * WEB_AUTHN: asks the browser for a passkey assertion with Cognito's options and answers CREDENTIAL.
 * Says clearly when the browser has no WebAuthn, or when the user cancels, and how to go on.
 */
export function WebAuthnChallenge({
  challenge,
  onAnswer,
  credentials,
  onRestart: restart,
  onOtherWays,
  pending = false,
  error,
  messages: overrides,
  className,
  autoFocus,
}: WebAuthnChallengeProps) {
  const messages = useMessages(overrides, webauthnEn);
  const [waiting, setWaiting] = useState(false);
  const [problem, setProblem] = useState<Problem>(undefined);
  useEffect(() => {
    // A browser without WebAuthn is said at once, with the way on, rather than after a click.
    // A failure to load shows when the user asks for the passkey, which loads again.
    loadHelpers()
      .then((loaded) => {
        if (!(credentials ?? loaded.browserCredentials())) setProblem("unavailable");
      })
      .catch(() => {});
  }, [credentials]);
  const usePasskey = async () => {
    setProblem(undefined);
    setWaiting(true);
    try {
      const loaded = helpers ?? (await loadHelpers());
      // Looked up on use, not on render: nothing touches `window` during (server) rendering.
      const container = credentials ?? loaded.browserCredentials();
      if (!container) return setProblem("unavailable");
      const credential = await container.get({
        publicKey: loaded.toRequestOptions(challenge.credentialRequestOptions),
      });
      if (!credential) return setProblem("cancelled");
      await onAnswer({
        credential: loaded.credentialToJSON(credential as unknown as AssertionLike),
      });
    } catch (cause) {
      const name = (cause as { name?: string }).name;
      setProblem(name === "NotAllowedError" || name === "AbortError" ? "cancelled" : "failed");
    } finally {
      setWaiting(false);
    }
  };

  const busy = pending || waiting;
  const onRestart = onOtherWays ?? restart;
  // Cognito refusing the passkey's answer is about the passkey, not a password. The browser's problems
  // are said in the step's one alert too, as errors named after them.
  const stepMessages = useMemo(
    () => ({
      ...overrides,
      "error.NotAuthorizedException": messages["webauthn.refused"],
      "error.webauthn.unavailable": messages["webauthn.unavailable"],
      "error.webauthn.cancelled": messages["webauthn.cancelled"],
      "error.webauthn.failed": messages["webauthn.failed"],
    }),
    [overrides, messages],
  );
  // Without passkeys here, starting again (to choose another way) is the step's one action.
  const unavailable = problem === "unavailable" && onRestart !== undefined;
  const unknown = (error as { name?: unknown } | undefined)?.name === "UnknownPasskeyError" && !problem;
  return (
    <ChallengeLayout
      name="WEB_AUTHN"
      title={messages["webauthn.title"]}
      description={messages["webauthn.instructions"]}
      error={problem ? { name: `webauthn.${problem}` } : error}
      pending={busy}
      messages={stepMessages}
      className={className}
      autoFocus={autoFocus}
      onSubmit={unavailable ? onRestart : usePasskey}
      actions={
        <>
          {unavailable ? null : (
            <Button
              type="submit"
              // After a passkey Cognito does not know, another way in is what most users need next.
              variant={unknown ? "secondary" : "primary"}
              pending={busy}
              pendingLabel={messages["webauthn.pending"]}
            >
              {messages["webauthn.start"]}
            </Button>
          )}
          {/* After any failure, including Cognito's refusal, the other ways in are one step away. */}
          {(problem || error) && onRestart ? (
            <Button variant={unavailable || unknown ? "primary" : "link"} onClick={onRestart}>
              {messages[onOtherWays ? "webauthn.otherWays" : "signIn.restart"]}
            </Button>
          ) : null}
        </>
      }
    />
  );
}
