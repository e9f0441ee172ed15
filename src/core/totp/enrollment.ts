/**
 * Authenticator-app enrollment for a signed-in user (an account page), by access token, as a
 * framework-free store: AssociateSoftwareToken gives a secret to show, VerifySoftwareToken checks the
 * first code. One request at a time; `dispose` cancels it. Whether Cognito then asks for the app at
 * sign-in depends on the user's MFA preference (SetUserMFAPreference), which this library does not call.
 */
import type { CognitoClient } from "../client/client";
import { codeRefusedByStatus, InvalidAnswerError } from "../client/errors";
import { createSingleFlight } from "../store/singleFlight";
import { createStateContainer } from "../store/state";
import { normalizeTotpCode } from "./code";

/** The calls an enrollment makes: the client itself, or the same calls through React Query. */
export type TotpEnrollmentPort = Pick<CognitoClient, "associateSoftwareToken" | "verifySoftwareToken">;

export interface TotpEnrollmentOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Called once the authenticator is verified. */
  onDone?: () => void;
}

export interface CreateTotpEnrollmentOptions extends TotpEnrollmentOptions {
  port: TotpEnrollmentPort;
}

export interface TotpEnrollmentState {
  /** idle: nothing asked yet; associated: the secret is shown; done: the authenticator is verified. */
  status: "idle" | "associated" | "done";
  /** The secret to show while associated; dropped once verified. */
  secretCode: string | undefined;
  pending: boolean;
  error: unknown;
}

export interface TotpEnrollmentActions {
  /** AssociateSoftwareToken with the access token: a new secret. */
  start(): Promise<void>;
  /** VerifySoftwareToken with the first code from the app. */
  verify(code: string, friendlyDeviceName?: string): Promise<void>;
  /** Back to idle, cancelling a request in flight. */
  reset(): void;
}

export interface TotpEnrollmentStore extends TotpEnrollmentActions {
  getState(): TotpEnrollmentState;
  subscribe(listener: () => void): () => void;
  /** Replaces the options; `port` stays as it was unless given. */
  setOptions(options: Partial<CreateTotpEnrollmentOptions>): void;
  /** Cancels the request in flight and drops the secret; later actions do nothing. */
  dispose(): void;
  isDisposed(): boolean;
}

const idle: TotpEnrollmentState = { status: "idle", secretCode: undefined, pending: false, error: undefined };

export function createTotpEnrollment(initialOptions: CreateTotpEnrollmentOptions): TotpEnrollmentStore {
  let options = initialOptions;
  const container = createStateContainer(idle);
  const flight = createSingleFlight();
  let disposed = false;
  const update = (change: Partial<TotpEnrollmentState>) => {
    if (!disposed) container.setState({ ...container.getState(), ...change });
  };
  const fail = (error: unknown) => update({ pending: false, error });

  return {
    start() {
      return flight.run(async (signal) => {
        update({ pending: true, error: undefined });
        const { secretCode } = await options.port.associateSoftwareToken(
          { accessToken: options.accessToken },
          { signal },
        );
        if (!signal.aborted) update({ ...idle, status: "associated", secretCode });
      }, fail);
    },
    verify(code, friendlyDeviceName) {
      if (container.getState().status !== "associated") return Promise.resolve();
      const userCode = normalizeTotpCode(code);
      if (userCode === undefined) {
        if (!flight.busy()) update({ error: new InvalidAnswerError("totpCodeFormat") });
        return Promise.resolve();
      }
      return flight.run(async (signal) => {
        update({ pending: true, error: undefined });
        const result = await options.port.verifySoftwareToken(
          {
            accessToken: options.accessToken,
            userCode,
            ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
          },
          { signal },
        );
        if (signal.aborted) return;
        if (result.status !== "SUCCESS") throw codeRefusedByStatus();
        update({ ...idle, status: "done" });
        options.onDone?.();
      }, fail);
    },
    reset() {
      if (disposed) return;
      flight.cancel();
      container.setState(idle);
    },
    getState: container.getState,
    subscribe: container.subscribe,
    setOptions(next) {
      options = { port: options.port, ...next } as CreateTotpEnrollmentOptions;
    },
    dispose() {
      if (disposed) return;
      // The secret leaves with the enrollment.
      container.setState({ ...container.getState(), secretCode: undefined });
      disposed = true;
      flight.dispose();
      container.clear();
    },
    isDisposed: () => disposed,
  };
}
