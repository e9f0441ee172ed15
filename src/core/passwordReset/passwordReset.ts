/**
 * A password reset as a framework-free store: a code (ForgotPassword) or, after an administrator's
 * reset, the one already sent; then the code and the new password together (ConfirmForgotPassword,
 * which gives no tokens). `onReset(username, password)` then hands the new password on, typically to a
 * sign-in, which signs in with it at once. One request at a time; no code or password is ever in the
 * state, and `dispose` cancels the request in flight.
 */

import { codeSent, metadataOf } from "../account/codeSteps";
// A definition: values and types only, since <SignIn> loads it on demand with its account steps.
import { confirmForgotPasswordCommand } from "../commands/confirmForgotPassword";
import { forgotPasswordCommand } from "../commands/forgotPassword";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { CodeDeliveryDetails, StringMap } from "../types";

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

/** `createPasswordReset`'s options: the reset's own, and the client (or `send`) its calls go through. */
export type CreatePasswordResetOptions = PasswordResetOptions & RuntimeOptions;

export type PasswordResetStore = JourneyStore<PasswordResetState, PasswordResetOptions, PasswordResetActions>;

const first = (options: PasswordResetOptions, username: string): PasswordResetState => ({
  status: options.required ? "required" : "request",
  username,
  delivery: undefined,
  resends: 0,
  pending: false,
  error: undefined,
});

/** The password reset, as a journey: `createPasswordReset` and `usePasswordReset` run it. */
export const passwordReset: JourneyDefinition<
  PasswordResetState,
  PasswordResetOptions,
  PasswordResetActions
> = {
  initial: (options) => first(options, options.username?.trim() ?? ""),
  actions: ({ getState: state, setState, update, options, send, run, busy, cancel }) => {
    const metadata = () => metadataOf(options());
    return {
      sendCode(username = state().username) {
        const name = username.trim();
        if (!name) return Promise.resolve();
        const again = state().status === "code";
        return run(
          async (signal) => {
            const sent = await send(forgotPasswordCommand, { username: name, ...metadata() }, { signal });
            if (signal.aborted) return;
            update(codeSent(sent.codeDeliveryDetails, again, state().resends));
          },
          { start: () => update({ pending: true, error: undefined, username: name }) },
        );
      },
      haveCode(username = state().username) {
        const name = username.trim();
        if (!name || busy()) return;
        update({ status: "code", username: name, delivery: undefined, resends: 0, error: undefined });
      },
      confirm(code, newPassword) {
        const { status, username } = state();
        if (status !== "code") return Promise.resolve();
        return run(async (signal) => {
          await send(
            confirmForgotPasswordCommand,
            { username, confirmationCode: code.trim(), password: newPassword, ...metadata() },
            { signal },
          );
          if (signal.aborted) return;
          update({ status: "done", pending: false });
          options().onReset?.(username, newPassword);
        });
      },
      restart() {
        cancel();
        setState(first(options(), state().username));
      },
    };
  },
};
