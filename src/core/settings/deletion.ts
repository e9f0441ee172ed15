/**
 * Deleting the signed-in user's account, as a journey: DeleteUser, after which every token of the user
 * stops working. The access token is in the options, never in the state. `createAccountDeletion` and
 * `useAccountDeletion` run it; what ends the session here is the caller's (`onDeleted`).
 */
import { deleteUserCommand } from "../commands/deleteUser";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";

export interface AccountDeletionOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Called once the account is gone: end the session here (its tokens no longer work anyway). */
  onDeleted?: () => void;
}

export type CreateAccountDeletionOptions = AccountDeletionOptions & RuntimeOptions;

export interface AccountDeletionState {
  /** ready: the question; done: deleted. */
  status: "ready" | "done";
  pending: boolean;
  error: unknown;
}

export interface AccountDeletionActions {
  /** Deletes the account. The confirmation the user typed is the screen's to check. */
  delete(): Promise<void>;
}

export type AccountDeletionStore = JourneyStore<
  AccountDeletionState,
  AccountDeletionOptions,
  AccountDeletionActions
>;

/** Deleting the account, as a journey: `createAccountDeletion` and `useAccountDeletion` run it. */
export const accountDeletion: JourneyDefinition<
  AccountDeletionState,
  AccountDeletionOptions,
  AccountDeletionActions
> = {
  initial: () => ({ status: "ready", pending: false, error: undefined }),
  actions: ({ update, options, send, run }) => ({
    delete: () =>
      run(async (signal) => {
        await send(deleteUserCommand, { accessToken: options().accessToken }, { signal });
        // Deleted, even if this page goes away now: no abort check before saying so.
        update({ status: "done", pending: false });
        options().onDeleted?.();
      }),
  }),
};
