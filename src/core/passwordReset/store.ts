/**
 * A password reset as a framework-free store: a code (ForgotPassword) or, after an administrator's
 * reset, the one already sent; then the code and the new password together (ConfirmForgotPassword,
 * which gives no tokens). `onReset(username, password)` then hands the new password on, typically to a
 * sign-in, which signs in with it at once. One request at a time; no code or password is ever in the
 * state, and `dispose` cancels the request in flight.
 */

import { confirmForgotPassword, forgotPassword } from "../account/operations";
import type { CognitoClient } from "../client/client";
import type { StoreParts } from "../store/parts";
import type {
  CallOptions,
  CodeDeliveryDetails,
  ConfirmForgotPasswordInput,
  ForgotPasswordInput,
  ForgotPasswordResponse,
  StringMap,
} from "../types";

/** The calls a reset makes: the account operations on a client, or the same through React Query. */
export interface PasswordResetPort {
  forgotPassword(input: ForgotPasswordInput, options?: CallOptions): Promise<ForgotPasswordResponse>;
  confirmForgotPassword(input: ConfirmForgotPasswordInput, options?: CallOptions): Promise<void>;
}

/** The account operations of a client, as a reset's port. */
export function passwordResetPort(client: CognitoClient): PasswordResetPort {
  return {
    forgotPassword: (input, options) => forgotPassword(client, input, options),
    confirmForgotPassword: (input, options) => confirmForgotPassword(client, input, options),
  };
}

export interface PasswordResetOptions {
  /** The username to start with, e.g. the one typed on the sign-in step. */
  username?: string;
  /**
   * Start from Cognito's PasswordResetRequiredException: a step that offers to send a code or to use
   * the one an administrator's reset already sent, so that no second code goes out unasked.
   */
  required?: boolean;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap;
  /** The new password is set: sign in with it (or show "back to sign in"). Neither is kept. */
  onReset?: (username: string, newPassword: string) => void;
}

export interface CreatePasswordResetOptions extends PasswordResetOptions {
  port: PasswordResetPort;
}

export interface PasswordResetState {
  /**
   * request: the username, to send a code; required: Cognito asks for a new password (send a code, or
   * use the one already sent); code: the code and the new password; done: the password is set.
   */
  status: "request" | "required" | "code" | "done";
  username: string;
  /**
   * Where the code went, as Cognito says (masked); undefined when the user brought their own. Under
   * PreventUserExistenceErrors an unknown user is told the same: it proves nothing about the account.
   */
  delivery: CodeDeliveryDetails | undefined;
  /** How many times a code was sent again from the code step. */
  resends: number;
  pending: boolean;
  error: unknown;
}

export interface PasswordResetActions {
  /** ForgotPassword for the username (the state's, or this one): a code, then the code step. */
  sendCode(username?: string): Promise<void>;
  /** The user has a code already: the code step, sending nothing. */
  haveCode(username?: string): void;
  /** ConfirmForgotPassword with the code and the new password; then `done` and `onReset`. */
  confirm(code: string, newPassword: string): Promise<void>;
  /** Back to the first step (the username kept), cancelling a request in flight. */
  restart(): void;
}

export interface PasswordResetStore extends PasswordResetActions {
  getState(): PasswordResetState;
  subscribe(listener: () => void): () => void;
  /** Replaces the options; `port` stays as it was unless given. `username` and `required` count at creation. */
  setOptions(options: Partial<CreatePasswordResetOptions>): void;
  dispose(): void;
  isDisposed(): boolean;
}

/** The store, built from `parts` (see StoreParts); `createPasswordReset` passes the usual ones. */
export function buildPasswordReset(
  parts: StoreParts,
  initialOptions: CreatePasswordResetOptions,
): PasswordResetStore {
  let options = initialOptions;
  const first = (username: string): PasswordResetState => ({
    status: options.required ? "required" : "request",
    username,
    delivery: undefined,
    resends: 0,
    pending: false,
    error: undefined,
  });
  const container = parts.createStateContainer(first(initialOptions.username?.trim() ?? ""));
  const state = container.getState;
  const flight = parts.createSingleFlight();
  let disposed = false;
  const update = (change: Partial<PasswordResetState>) => {
    if (!disposed) container.setState({ ...state(), ...change });
  };
  const fail = (error: unknown) => update({ pending: false, error });

  return {
    sendCode(username = state().username) {
      const name = username.trim();
      if (!name) return Promise.resolve();
      const again = state().status === "code";
      return flight.run(async (signal) => {
        update({ pending: true, error: undefined, username: name });
        const sent = await options.port.forgotPassword(
          { username: name, ...(options.clientMetadata ? { clientMetadata: options.clientMetadata } : {}) },
          { signal },
        );
        if (signal.aborted) return;
        update({
          status: "code",
          delivery: sent.codeDeliveryDetails,
          resends: again ? state().resends + 1 : 0,
          pending: false,
        });
      }, fail);
    },
    haveCode(username = state().username) {
      const name = username.trim();
      if (!name || flight.busy()) return;
      update({ status: "code", username: name, delivery: undefined, resends: 0, error: undefined });
    },
    confirm(code, newPassword) {
      const { status, username } = state();
      if (status !== "code") return Promise.resolve();
      return flight.run(async (signal) => {
        update({ pending: true, error: undefined });
        await options.port.confirmForgotPassword(
          {
            username,
            confirmationCode: code.trim(),
            password: newPassword,
            ...(options.clientMetadata ? { clientMetadata: options.clientMetadata } : {}),
          },
          { signal },
        );
        if (signal.aborted) return;
        update({ status: "done", pending: false });
        options.onReset?.(username, newPassword);
      }, fail);
    },
    restart() {
      if (disposed) return;
      flight.cancel();
      container.setState(first(state().username));
    },
    getState: state,
    subscribe: container.subscribe,
    setOptions(next) {
      options = { port: options.port, ...next } as CreatePasswordResetOptions;
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
