"use client";
import { useMemo, useRef, useState } from "react";
import { codeRefusedByStatus } from "../core/client/operations/verifySoftwareToken";
import { useAssociateSoftwareToken } from "./useAssociateSoftwareToken";
import { useSingleFlight } from "./useSingleFlight";
import { useVerifySoftwareToken } from "./useVerifySoftwareToken";

export interface UseTotpSetupOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Called once the authenticator is verified. */
  onDone?: () => void;
}

export interface TotpSetupState {
  /** idle: nothing asked yet; associated: the secret is shown; done: the authenticator is verified. */
  status: "idle" | "associated" | "done";
  /** The secret to show while associated; dropped once verified. */
  secretCode: string | undefined;
  pending: boolean;
  error: unknown;
}

export interface UseTotpSetupResult extends TotpSetupState {
  /** AssociateSoftwareToken with the access token: a new secret. */
  start(): Promise<void>;
  /** VerifySoftwareToken with the first code from the app. */
  verify(code: string, friendlyDeviceName?: string): Promise<void>;
  /** Back to idle, cancelling a request in flight. */
  reset(): void;
}

const idle: TotpSetupState = { status: "idle", secretCode: undefined, pending: false, error: undefined };

/**
 * Authenticator-app enrollment for a signed-in user (an account page), by access token. One request at a
 * time; unmounting cancels it. Whether Cognito then asks for the app at sign-in depends on the user's MFA
 * preference (SetUserMFAPreference), which this library does not call.
 */
export function useTotpSetup(options: UseTotpSetupOptions): UseTotpSetupResult {
  const associate = useAssociateSoftwareToken();
  const verifyToken = useVerifySoftwareToken();
  const [state, setState] = useState<TotpSetupState>(idle);
  const flight = useSingleFlight();
  const latest = useRef({ options, associate, verifyToken, state });
  latest.current = { options, associate, verifyToken, state };

  const actions = useMemo(() => {
    const fail = (error: unknown) => setState((current) => ({ ...current, pending: false, error }));
    return {
      start() {
        return flight.run(async (signal) => {
          setState((current) => ({ ...current, pending: true, error: undefined }));
          const { secretCode } = await latest.current.associate.mutateAsync({
            accessToken: latest.current.options.accessToken,
            signal,
          });
          if (!signal.aborted)
            setState({ status: "associated", secretCode, pending: false, error: undefined });
        }, fail);
      },
      verify(code: string, friendlyDeviceName?: string) {
        if (latest.current.state.status !== "associated") return Promise.resolve();
        return flight.run(async (signal) => {
          setState((current) => ({ ...current, pending: true, error: undefined }));
          const result = await latest.current.verifyToken.mutateAsync({
            accessToken: latest.current.options.accessToken,
            userCode: code,
            ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
            signal,
          });
          if (signal.aborted) return;
          if (result.status !== "SUCCESS") {
            throw codeRefusedByStatus();
          }
          setState({ status: "done", secretCode: undefined, pending: false, error: undefined });
          latest.current.options.onDone?.();
        }, fail);
      },
      reset() {
        flight.cancel();
        setState(idle);
      },
    };
  }, [flight]);

  return { ...state, ...actions };
}
