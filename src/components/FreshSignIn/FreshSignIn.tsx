"use client";
import { useEffect, useId, useMemo, useRef } from "react";
import { type FreshSignInPolicy, stepUpParameters } from "../../core/settings/freshness";
import type { AuthenticationResult } from "../../core/types";
import { useSignIn } from "../../hooks/useSignIn";
import { freshSignInEn } from "../../i18n/en/freshSignIn";
import { errorMessage } from "../../i18n/format";
import { lazyScreen } from "../ChallengeView/lazyScreen";
import { ScreenBoundary } from "../ChallengeView/ScreenBoundary";
import { loadLaterSteps } from "../lazy";
import { Button } from "../primitives/Button";
import { ErrorMessage } from "../primitives/ErrorMessage";
import type { StandaloneProps } from "../types";
import { UiRoot } from "../UiRoot";
import { lookOf } from "../UiRoot/lookOf";
import { useMessages } from "../useMessages";

export interface FreshSignInProps extends Omit<StandaloneProps, "client" | "clientOptions"> {
  /** The signed-in user's name (the access token's `username`). */
  username: string;
  /** The signed-in user's access token: sent for Cognito's step-up. */
  accessToken: string;
  policy: FreshSignInPolicy;
  /** The new tokens, once the user proved who they are (the provider's session takes them too). */
  onSignedIn: (tokens: AuthenticationResult) => void;
  /** Back to the section, nothing changed. */
  onCancel: () => void;
}

const LaterStep = lazyScreen(() => loadLaterSteps().then((module) => module.LaterStep));

/**
 * Signing in again before a sensitive change: the same user, by Cognito's step-up where the policy names
 * an ACR target, else a sign-in as at <SignIn> (the user's password, passkey or code, then MFA). Every
 * step after the username is <SignIn>'s, inside one card that says why, with Cancel.
 */
export function FreshSignIn(props: FreshSignInProps) {
  const { username, accessToken, policy, onCancel, messages: overrides } = props;
  const messages = useMessages(overrides, freshSignInEn);
  const id = useId();
  const onSignedIn = useRef(props.onSignedIn);
  onSignedIn.current = props.onSignedIn;
  const flow = useSignIn({ authFlow: "USER_AUTH", onSignedIn: (tokens) => onSignedIn.current(tokens) });
  const { start } = flow;
  const begin = useMemo(
    () => () => {
      // The steps' code loads while Cognito answers.
      LaterStep.preload().catch(() => {});
      const { targetAcrValues, maxAge } = policy;
      void start(
        username,
        targetAcrValues ? { authParameters: stepUpParameters(accessToken, { targetAcrValues, maxAge }) } : {},
      );
    },
    [start, username, accessToken, policy],
  );
  // Once, as the gate opens: the user chose the action; the sign-in is its first step.
  const begun = useRef(false);
  useEffect(() => {
    if (begun.current) return;
    begun.current = true;
    begin();
  }, [begin]);
  const waiting = flow.status === "identify";
  return (
    <UiRoot {...lookOf(props)} messages={overrides} state={flow.status}>
      {/* Why, as a small heading over the sign-in's own step (its title says what to do now), then Cancel. */}
      <div data-slot="step" data-challenge="FRESH_SIGN_IN">
        <div data-slot="header">
          <h2 data-slot="label">{messages["freshSignIn.title"]}</h2>
          <p data-slot="description">{messages["freshSignIn.intro"]}</p>
        </div>
        {waiting ? (
          <>
            <p data-slot="status" role="status">
              {flow.pending ? messages["freshSignIn.checking"] : null}
            </p>
            <ErrorMessage id={`${id}-error`}>
              {flow.error === undefined ? null : errorMessage(flow.error, messages)}
            </ErrorMessage>
          </>
        ) : (
          // <SignIn>'s steps after the username, loaded on demand (started with the first call).
          <ScreenBoundary onRestart={flow.restart} messages={overrides}>
            <LaterStep flow={flow} messages={messages} countdownFromSeconds={60} knownUser />
          </ScreenBoundary>
        )}
        <div data-slot="actions">
          {/* After a failed start, or a sign-in started again (it ran out): the way on. */}
          {waiting && !flow.pending && begun.current ? (
            <Button onClick={begin}>
              {messages[flow.error === undefined ? "freshSignIn.continue" : "common.retry"]}
            </Button>
          ) : null}
          <Button variant="link" onClick={onCancel}>
            {messages["freshSignIn.cancel"]}
          </Button>
        </div>
      </div>
    </UiRoot>
  );
}
