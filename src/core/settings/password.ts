/**
 * A signed-in user's password, as a journey for an account page: whether the user has one
 * (GetUserAuthFactors), then ChangePassword with the current one, or without it for a passwordless user
 * setting a first. The passwords are an action's arguments, never state; the access token is in the
 * options. `createPasswordChange` and `usePasswordChange` run it.
 */
import { changePasswordCommand } from "../commands/changePassword";
import { getUserAuthFactorsCommand } from "../commands/getUserAuthFactors";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";

export interface PasswordChangeOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Called once the new password is Cognito's. */
  onChanged?: () => void;
}

export type CreatePasswordChangeOptions = PasswordChangeOptions & RuntimeOptions;

export interface PasswordChangeState {
  /** loading: asking whether the user has a password; ready: the form; done: changed (or set). */
  status: "loading" | "ready" | "done";
  /** The user signs in with a password: the current one is asked. False: a first password is set. */
  hasPassword: boolean;
  pending: boolean;
  /**
   * Cognito's typed error: NotAuthorizedException (a wrong current password), InvalidPasswordException
   * (the pool's policy), PasswordHistoryPolicyViolationException (used before), LimitExceededException.
   */
  error: unknown;
}

export interface PasswordChangeActions {
  /** Asks Cognito whether the user has a password (again, after a failure). */
  load(): Promise<void>;
  /** Changes the password; `previousPassword` is left out for a user without one. */
  change(passwords: { previousPassword?: string; proposedPassword: string }): Promise<void>;
  /** Back to the form, e.g. to change it again. */
  reset(): void;
}

export type PasswordChangeStore = JourneyStore<
  PasswordChangeState,
  PasswordChangeOptions,
  PasswordChangeActions
>;

/** The password, as a journey: `createPasswordChange` and `usePasswordChange` run it. */
export const passwordChange: JourneyDefinition<
  PasswordChangeState,
  PasswordChangeOptions,
  PasswordChangeActions
> = {
  initial: () => ({ status: "loading", hasPassword: true, pending: false, error: undefined }),
  actions: ({ getState: state, update, options, send, run, cancel }) => ({
    load: () =>
      run(async (signal) => {
        const { configuredUserAuthFactors } = await send(
          getUserAuthFactorsCommand,
          { accessToken: options().accessToken },
          { signal },
        );
        if (signal.aborted) return;
        update({
          status: "ready",
          hasPassword: configuredUserAuthFactors.includes("PASSWORD"),
          pending: false,
        });
      }),
    change: ({ previousPassword, proposedPassword }) =>
      run(async (signal) => {
        await send(
          changePasswordCommand,
          {
            accessToken: options().accessToken,
            proposedPassword,
            // A user without a password sets a first one: Cognito takes no previous password then.
            ...(state().hasPassword && previousPassword !== undefined ? { previousPassword } : {}),
          },
          { signal },
        );
        if (signal.aborted) return;
        update({ status: "done", hasPassword: true, pending: false });
        options().onChanged?.();
      }),
    reset() {
      cancel();
      update({ status: "ready", pending: false, error: undefined });
    },
  }),
};
