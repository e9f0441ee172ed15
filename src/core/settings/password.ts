/**
 * A signed-in user's password, as a journey for an account page: whether the user has one
 * (GetUserAuthFactors), then ChangePassword with the current one, or without it for a passwordless user
 * setting a first. Afterwards, where the pool tracks sessions, the other sessions (signed in before,
 * perhaps by whoever knew the old password) can be signed out. The passwords are an action's arguments,
 * never state; the access token is in the options. `createPasswordChange` and `usePasswordChange` run it.
 */
import { changePasswordCommand } from "../commands/changePassword";
import { getUserAuthFactorsCommand } from "../commands/getUserAuthFactors";
import { listUserSessionsCommand } from "../commands/listUserSessions";
import { revokeUserSessionCommand } from "../commands/revokeUserSession";
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
  /**
   * Once changed: the other sessions' IDs (signed in elsewhere), to offer signing them out; empty after
   * `signOutOthers`; undefined where the pool does not track sessions (or they could not be listed).
   */
  otherSessions: string[] | undefined;
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
  /** Signs out every other session (RevokeUserSession, each in turn), once the password is changed. */
  signOutOthers(): Promise<void>;
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
  initial: () => ({
    status: "loading",
    hasPassword: true,
    otherSessions: undefined,
    pending: false,
    error: undefined,
  }),
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
        options().onChanged?.();
        // Who else is signed in: best effort, the password is changed whatever this answers.
        let otherSessions: string[] | undefined;
        try {
          const { sessions } = await send(
            listUserSessionsCommand,
            { accessToken: options().accessToken },
            { signal },
          );
          otherSessions = sessions
            .filter((session) => !session.isCurrentSession)
            .map((session) => session.sessionId);
        } catch {
          otherSessions = undefined;
        }
        if (!signal.aborted) update({ status: "done", hasPassword: true, otherSessions, pending: false });
      }),
    signOutOthers: () =>
      run(async (signal) => {
        for (const sessionId of state().otherSessions ?? []) {
          await send(revokeUserSessionCommand, { accessToken: options().accessToken, sessionId }, { signal });
          if (signal.aborted) return;
          update({ otherSessions: state().otherSessions?.filter((id) => id !== sessionId) });
        }
        update({ pending: false });
      }),
    reset() {
      cancel();
      update({ status: "ready", otherSessions: undefined, pending: false, error: undefined });
    },
  }),
};
