/**
 * A new passkey for a signed-in user, as a journey: StartWebAuthnRegistration, then the browser's
 * `navigator.credentials.create` with those options, then CompleteWebAuthnRegistration. A cancel (the
 * user closed the browser's sheet, or it timed out: NotAllowedError) is quiet and leaves it ready to try
 * again; "already registered on this device" (InvalidStateError, from excludeCredentials) and the
 * browser's other refusals stay as the error, by their DOMException name; Cognito's refusals are typed.
 * The access token is in the options, never in the state. `createPasskeyEnrolment` and
 * `usePasskeyEnrolment` run it.
 */
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { CredentialCreatorLike } from "../webauthn/creation";
import { isCancel, registerPasskey } from "./register";

export interface PasskeyEnrolmentOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Defaults to the browser's `navigator.credentials`. */
  credentials?: CredentialCreatorLike;
  /**
   * Called once the passkey is registered, with its credential id and the user handle Cognito registered
   * it under (for the Signal API: `usePasskeyList`'s `userHandle`).
   */
  onDone?: (credentialId: string, userHandle: string | undefined) => void;
}

export type CreatePasskeyEnrolmentOptions = PasskeyEnrolmentOptions & RuntimeOptions;

export interface PasskeyEnrolmentState {
  /** idle: ready to create one; done: registered. */
  status: "idle" | "done";
  /** The new passkey's credential id, once registered. */
  credentialId: string | undefined;
  pending: boolean;
  /**
   * Cognito's typed error, or the browser's refusal as a DOMException by name: InvalidStateError (this
   * authenticator has a passkey for the user already), NotSupportedError (no passkeys here),
   * SecurityError (this page's origin may not register for the relying party).
   */
  error: unknown;
}

export interface PasskeyEnrolmentActions {
  /** Starts a registration: the browser asks the user, then Cognito keeps the passkey. */
  create(): Promise<void>;
  /** Back to idle, cancelling a registration in flight. */
  reset(): void;
}

export type PasskeyEnrolmentStore = JourneyStore<
  PasskeyEnrolmentState,
  PasskeyEnrolmentOptions,
  PasskeyEnrolmentActions
>;

const idle: PasskeyEnrolmentState = {
  status: "idle",
  credentialId: undefined,
  pending: false,
  error: undefined,
};

/** Passkey registration, as a journey: `createPasskeyEnrolment` and `usePasskeyEnrolment` run it. */
export const passkeyEnrolment: JourneyDefinition<
  PasskeyEnrolmentState,
  PasskeyEnrolmentOptions,
  PasskeyEnrolmentActions
> = {
  initial: () => idle,
  actions: ({ setState, update, options, send, run, cancel }) => ({
    create() {
      return run(
        async (signal) => {
          const { accessToken, credentials } = options();
          const registered = await registerPasskey(send, accessToken, credentials, signal);
          if (registered === undefined) return;
          const { credentialId, userHandle } = registered;
          setState({ ...idle, status: "done", credentialId });
          options().onDone?.(credentialId, userHandle);
        },
        {
          // A cancel is the user's choice: ready again, with nothing to say.
          fail: (error) =>
            update(isCancel(error) ? { pending: false, error: undefined } : { pending: false, error }),
        },
      );
    },
    reset() {
      cancel();
      setState(idle);
    },
  }),
};
