/**
 * A signed-in user's passkeys, as a journey for an account page: the list (ListWebAuthnCredentials, every
 * page) with how the user can sign in (GetUserAuthFactors), and removing one (DeleteWebAuthnCredential),
 * which it refuses for the user's last way in. After a removal it tells the browser
 * (`PublicKeyCredential.signalUnknownCredential`, where the browser has it), so that the password
 * manager stops offering a passkey that can no longer sign in. The access token is in the options, never
 * in the state. `createPasskeyList` and `usePasskeyList` run it.
 */
import { deleteWebAuthnCredentialCommand } from "../commands/deleteWebAuthnCredential";
import { getUserAuthFactorsCommand } from "../commands/getUserAuthFactors";
import { listWebAuthnCredentialsCommand } from "../commands/listWebAuthnCredentials";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { WebAuthnCredentialDescription } from "../types";
import { browserSignals, type CredentialSignals } from "../webauthn/signals";

export type { CredentialSignals };

export interface PasskeyListOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Defaults to the browser's `PublicKeyCredential`, where it has the Signal API. */
  signals?: CredentialSignals;
  /**
   * The user handle Cognito registers the user's passkeys under (base64url: a registration's
   * `onDone` gives it). With it, a removal tells the browser every passkey the user has left
   * (`signalAllAcceptedCredentials`), which also hides others it no longer has; without it, only the one
   * removed (`signalUnknownCredential`). No answer of Cognito's to a signed-in user carries it otherwise.
   */
  userHandle?: string | undefined;
}

export type CreatePasskeyListOptions = PasskeyListOptions & RuntimeOptions;

export interface PasskeyListState {
  /** loading: the first list is on its way; ready: listed (again after every change). */
  status: "loading" | "ready";
  credentials: WebAuthnCredentialDescription[];
  /** How the user can sign in: PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN. */
  factors: string[];
  pending: boolean;
  /** Cognito's typed error, or LastWayInError for a removal that would leave no way to sign in. */
  error: unknown;
}

export interface PasskeyListActions {
  /** Lists the passkeys and the ways in (again, e.g. after one was added). */
  load(): Promise<void>;
  /** Removes a passkey, unless it is the user's last way in; then lists again. */
  remove(credentialId: string): Promise<void>;
}

export type PasskeyListStore = JourneyStore<PasskeyListState, PasskeyListOptions, PasskeyListActions>;

/** A removal refused: it would leave the user no way to sign in. */
export class LastWayInError extends Error {
  override readonly name = "LastWayInError" as const;
  constructor() {
    super("This passkey is the user's last way to sign in.");
  }
}

/** True when removing `credentialId` leaves the user no first factor: passkeys only, and this the last. */
export function isLastWayIn(state: Pick<PasskeyListState, "credentials" | "factors">, credentialId: string) {
  const others = state.factors.filter((factor) => factor !== "WEB_AUTHN");
  const passkeysLeft = state.credentials.filter((credential) => credential.credentialId !== credentialId);
  return others.length === 0 && passkeysLeft.length === 0;
}

/** A user's passkeys, as a journey: `createPasskeyList` and `usePasskeyList` run it. */
export const passkeyList: JourneyDefinition<PasskeyListState, PasskeyListOptions, PasskeyListActions> = {
  initial: () => ({ status: "loading", credentials: [], factors: [], pending: false, error: undefined }),
  actions: ({ getState: state, update, options, send, run, busy }) => {
    async function list(signal: AbortSignal) {
      const { accessToken } = options();
      const credentials: WebAuthnCredentialDescription[] = [];
      let nextToken: string | undefined;
      do {
        const page = await send(listWebAuthnCredentialsCommand, { accessToken, nextToken }, { signal });
        credentials.push(...page.credentials);
        nextToken = page.nextToken;
      } while (nextToken !== undefined && !signal.aborted);
      const { configuredUserAuthFactors: factors } = await send(
        getUserAuthFactorsCommand,
        { accessToken },
        { signal },
      );
      if (!signal.aborted) update({ status: "ready", credentials, factors, pending: false });
    }
    /**
     * The browser's own list, where it can be told: every passkey the user has left where the user handle
     * is known, else the one removed. Best effort, never the removal's failure.
     */
    async function tellBrowser({ relyingPartyId: rpId, credentialId }: WebAuthnCredentialDescription) {
      const signals = options().signals ?? browserSignals();
      const { userHandle } = options();
      const left = state().credentials.filter(
        (credential) => credential.relyingPartyId === rpId && credential.credentialId !== credentialId,
      );
      const told =
        userHandle && signals?.signalAllAcceptedCredentials
          ? signals.signalAllAcceptedCredentials({
              rpId,
              userId: userHandle,
              allAcceptedCredentialIds: left.map((credential) => credential.credentialId),
            })
          : signals?.signalUnknownCredential?.({ rpId, credentialId });
      await told?.catch(() => {});
    }
    return {
      load: () => run(list),
      remove(credentialId) {
        if (busy()) return Promise.resolve();
        if (isLastWayIn(state(), credentialId)) {
          update({ error: new LastWayInError() });
          return Promise.resolve();
        }
        const removed = state().credentials.find((credential) => credential.credentialId === credentialId);
        return run(async (signal) => {
          await send(
            deleteWebAuthnCredentialCommand,
            { accessToken: options().accessToken, credentialId },
            { signal },
          );
          if (signal.aborted) return;
          if (removed) await tellBrowser(removed);
          await list(signal);
        });
      },
    };
  },
};
