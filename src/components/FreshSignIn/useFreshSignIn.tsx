"use client";
import { type ReactNode, useRef, useState } from "react";
import { sessionClaims } from "../../core/session/claims";
import { needsFreshSignIn } from "../../core/settings/freshness";
import type { AuthenticationResult } from "../../core/types";
import type { StandaloneProps } from "../types";
import { FreshSignIn } from "./FreshSignIn";
import type { FreshSignInOption } from "./types";

export interface FreshSignInGate {
  /** Runs the action now if the sign-in is fresh enough, else once the user has signed in again. */
  guard(action: () => unknown): void;
  /** The fresh sign-in to render instead of the section while it is asked; null otherwise. */
  gate: ReactNode;
}

/**
 * A section's sensitive actions behind a fresh sign-in: without `option`, they simply run. The new
 * tokens go to the provider's session (when there is one) and to `option.onSignedIn`; an action confirmed
 * here also counts as fresh for the rest of the window, for an app that keeps the old token.
 */
export function useFreshSignIn(
  accessToken: string,
  option: FreshSignInOption | undefined,
  look: Omit<StandaloneProps, "client" | "clientOptions">,
): FreshSignInGate {
  const [waiting, setWaiting] = useState<{ action: () => unknown } | undefined>(undefined);
  const confirmedAt = useRef<number | undefined>(undefined);
  const now = option?.now ?? Date.now;
  const username = sessionClaims(accessToken)?.username;
  const guard = (action: () => unknown) => {
    // A token that names no user is no sign-in to renew: Cognito refuses it, and the section says so.
    if (
      !option ||
      username === undefined ||
      !needsFreshSignIn(accessToken, option, now(), confirmedAt.current)
    ) {
      action();
      return;
    }
    setWaiting({ action });
  };
  const signedIn = (tokens: AuthenticationResult) => {
    confirmedAt.current = now();
    // useSignIn hands the provider's session the tokens itself; the app hears of them here.
    option?.onSignedIn?.(tokens);
    const action = waiting?.action;
    setWaiting(undefined);
    action?.();
  };
  const gate =
    waiting && option && username !== undefined ? (
      <FreshSignIn
        {...look}
        username={username}
        accessToken={accessToken}
        policy={option}
        onSignedIn={signedIn}
        onCancel={() => setWaiting(undefined)}
      />
    ) : null;
  return { guard, gate };
}
