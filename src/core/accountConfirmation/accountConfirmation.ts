/**
 * Confirming an account as a framework-free store, for Cognito's UserNotConfirmedException at sign-in:
 * a code only when the user asks for one (ResendConfirmationCode; the sign-up may have sent one already),
 * then the code (ConfirmSignUp). `onConfirmed(username)` then hands on, typically to the sign-in, which
 * signs in again with the password it holds. An account that turns out to be confirmed already goes
 * straight on. One request at a time; no code is ever in the state, and `dispose` cancels the request.
 */

import { codeSent, metadataOf } from "../account/codeSteps";
// A definition: values and types only, since <SignIn> loads it on demand with its account steps.
import { confirmSignUpCommand } from "../commands/confirmSignUp";
import { resendConfirmationCodeCommand } from "../commands/resendConfirmationCode";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { CodeDeliveryDetails, StringMap } from "../types";

export interface AccountConfirmationOptions {
  /** The account to confirm: the username the sign-in was given. */
  username: string;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap;
  /** The account is confirmed (or already was): sign in again, or say so. */
  onConfirmed?: (username: string) => void;
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

/** `createAccountConfirmation`'s options: the confirmation's own, and the client (or `send`). */
export type CreateAccountConfirmationOptions = AccountConfirmationOptions & RuntimeOptions;

export type AccountConfirmationStore = JourneyStore<
  AccountConfirmationState,
  AccountConfirmationOptions,
  AccountConfirmationActions
>;

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

/** Confirming an account, as a journey: `createAccountConfirmation` and `useAccountConfirmation` run it. */
export const accountConfirmation: JourneyDefinition<
  AccountConfirmationState,
  AccountConfirmationOptions,
  AccountConfirmationActions
> = {
  initial: (options) => ({
    status: "unconfirmed",
    username: options.username.trim(),
    delivery: undefined,
    resends: 0,
    pending: false,
    error: undefined,
  }),
  actions: ({ getState: state, update, options, send, run, busy }) => {
    const username = state().username;
    const metadata = () => metadataOf(options());
    const confirmed = () => {
      update({ status: "done", pending: false, error: undefined });
      options().onConfirmed?.(username);
    };
    const fail = (error: unknown) =>
      isAlreadyConfirmed(error) ? confirmed() : update({ pending: false, error });
    return {
      sendCode() {
        const again = state().status === "code";
        return run(
          async (signal) => {
            const sent = await send(resendConfirmationCodeCommand, { username, ...metadata() }, { signal });
            if (signal.aborted) return;
            update(codeSent(sent.codeDeliveryDetails, again, state().resends));
          },
          { fail },
        );
      },
      haveCode() {
        if (busy() || state().status !== "unconfirmed") return;
        update({ status: "code", error: undefined });
      },
      confirm(code) {
        if (state().status !== "code") return Promise.resolve();
        return run(
          async (signal) => {
            await send(
              confirmSignUpCommand,
              { username, confirmationCode: code.trim(), ...metadata() },
              { signal },
            );
            if (!signal.aborted) confirmed();
          },
          { fail },
        );
      },
    };
  },
};
