/**
 * Confirming an account as a framework-free store, for Cognito's UserNotConfirmedException at sign-in:
 * a code only when the user asks for one (ResendConfirmationCode; the sign-up may have sent one already),
 * then the code (ConfirmSignUp). `onConfirmed(username)` then hands on, typically to the sign-in, which
 * signs in again with the password it holds. An account that turns out to be confirmed already goes
 * straight on. One request at a time; no code is ever in the state, and `dispose` cancels the request.
 */

import { confirmSignUp, resendConfirmationCode } from "../account/operations";
import type { CognitoClient } from "../client/client";
import type { StoreParts } from "../store/parts";
import type {
  CallOptions,
  CodeDeliveryDetails,
  ConfirmSignUpInput,
  ConfirmSignUpResponse,
  ResendConfirmationCodeInput,
  ResendConfirmationCodeResponse,
  StringMap,
} from "../types";

/** The calls a confirmation makes: the account operations on a client, or the same through React Query. */
export interface AccountConfirmationPort {
  resendConfirmationCode(
    input: ResendConfirmationCodeInput,
    options?: CallOptions,
  ): Promise<ResendConfirmationCodeResponse>;
  confirmSignUp(input: ConfirmSignUpInput, options?: CallOptions): Promise<ConfirmSignUpResponse>;
}

/** The account operations of a client, as a confirmation's port. */
export function accountConfirmationPort(client: CognitoClient): AccountConfirmationPort {
  return {
    resendConfirmationCode: (input, options) => resendConfirmationCode(client, input, options),
    confirmSignUp: (input, options) => confirmSignUp(client, input, options),
  };
}

export interface AccountConfirmationOptions {
  /** The account to confirm: the username the sign-in was given. */
  username: string;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap;
  /** The account is confirmed (or already was): sign in again, or say so. */
  onConfirmed?: (username: string) => void;
}

export interface CreateAccountConfirmationOptions extends AccountConfirmationOptions {
  port: AccountConfirmationPort;
}

export interface AccountConfirmationState {
  /**
   * unconfirmed: says so, and offers to send a code or to use the one the sign-up sent; code: the code;
   * done: the account is confirmed.
   */
  status: "unconfirmed" | "code" | "done";
  username: string;
  /** Where the code went, as Cognito says (masked); undefined when the user brought their own. */
  delivery: CodeDeliveryDetails | undefined;
  /** How many times a code was sent again from the code step. */
  resends: number;
  pending: boolean;
  error: unknown;
}

export interface AccountConfirmationActions {
  /** ResendConfirmationCode: a code, then the code step. */
  sendCode(): Promise<void>;
  /** The user has the code the sign-up sent: the code step, sending nothing. */
  haveCode(): void;
  /** ConfirmSignUp with the code; then `done` and `onConfirmed`. */
  confirm(code: string): Promise<void>;
}

export interface AccountConfirmationStore extends AccountConfirmationActions {
  getState(): AccountConfirmationState;
  subscribe(listener: () => void): () => void;
  /** Replaces the options; `port` stays as it was unless given. `username` counts at creation. */
  setOptions(options: Partial<CreateAccountConfirmationOptions>): void;
  dispose(): void;
  isDisposed(): boolean;
}

/**
 * Cognito's words for an account that needs no confirmation: ResendConfirmationCode says "User is
 * already confirmed." (InvalidParameterException), ConfirmSignUp "User cannot be confirmed. Current
 * status is CONFIRMED" (NotAuthorizedException). Neither has an exception of its own.
 */
function isAlreadyConfirmed(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return (
    (name === "InvalidParameterException" || name === "NotAuthorizedException") &&
    typeof message === "string" &&
    /already confirmed|status is CONFIRMED/i.test(message)
  );
}

/** The store, built from `parts` (see StoreParts); `createAccountConfirmation` passes the usual ones. */
export function buildAccountConfirmation(
  parts: StoreParts,
  initialOptions: CreateAccountConfirmationOptions,
): AccountConfirmationStore {
  let options = initialOptions;
  const username = initialOptions.username.trim();
  const container = parts.createStateContainer<AccountConfirmationState>({
    status: "unconfirmed",
    username,
    delivery: undefined,
    resends: 0,
    pending: false,
    error: undefined,
  });
  const state = container.getState;
  const flight = parts.createSingleFlight();
  let disposed = false;
  const update = (change: Partial<AccountConfirmationState>) => {
    if (!disposed) container.setState({ ...state(), ...change });
  };
  const metadata = () => (options.clientMetadata ? { clientMetadata: options.clientMetadata } : {});
  const confirmed = () => {
    update({ status: "done", pending: false, error: undefined });
    options.onConfirmed?.(username);
  };
  const fail = (error: unknown) =>
    isAlreadyConfirmed(error) ? confirmed() : update({ pending: false, error });

  return {
    sendCode() {
      const again = state().status === "code";
      return flight.run(async (signal) => {
        update({ pending: true, error: undefined });
        const sent = await options.port.resendConfirmationCode({ username, ...metadata() }, { signal });
        if (signal.aborted) return;
        update({
          status: "code",
          delivery: sent.codeDeliveryDetails,
          resends: again ? state().resends + 1 : 0,
          pending: false,
        });
      }, fail);
    },
    haveCode() {
      if (flight.busy() || state().status !== "unconfirmed") return;
      update({ status: "code", error: undefined });
    },
    confirm(code) {
      if (state().status !== "code") return Promise.resolve();
      return flight.run(async (signal) => {
        update({ pending: true, error: undefined });
        await options.port.confirmSignUp(
          { username, confirmationCode: code.trim(), ...metadata() },
          { signal },
        );
        if (!signal.aborted) confirmed();
      }, fail);
    },
    getState: state,
    subscribe: container.subscribe,
    setOptions(next) {
      options = { port: options.port, ...next } as CreateAccountConfirmationOptions;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      flight.dispose();
      container.clear();
    },
    isDisposed: () => disposed,
  };
}
