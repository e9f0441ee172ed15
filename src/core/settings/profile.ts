/**
 * A signed-in user's profile, as a journey for an account page: the attributes the app names, read with
 * GetUser, and the changed ones saved with UpdateUserAttributes (an app client may write only those its
 * WriteAttributes allow: Cognito refuses the others, and the refusal says which). The email and phone
 * have a section of their own, with their codes. `createProfile` and `useProfile` run it.
 */
import { getUserCommand } from "../commands/getUser";
import { updateUserAttributesCommand } from "../commands/updateUserAttributes";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { StringMap } from "../types";

export interface ProfileOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** The attributes to show and save, by name (`given_name`, `custom:team`…). */
  attributes: readonly string[];
  /** Called once Cognito took the changes. */
  onSaved?: () => void;
}

export type CreateProfileOptions = ProfileOptions & RuntimeOptions;

export interface ProfileState {
  /** loading: reading the attributes; ready: the form; saved: Cognito took the changes (the form again). */
  status: "loading" | "ready" | "saved";
  /** The attributes' values as Cognito has them ("" for one not set). */
  values: StringMap;
  pending: boolean;
  /** Cognito's typed error, e.g. InvalidParameterException or NotAuthorizedException for an attribute the app client may not write. */
  error: unknown;
}

export interface ProfileActions {
  /** Reads the attributes (again). */
  load(): Promise<void>;
  /** Saves what differs from Cognito's values; nothing is sent when nothing changed. */
  save(values: StringMap): Promise<void>;
}

export type ProfileStore = JourneyStore<ProfileState, ProfileOptions, ProfileActions>;

/** The profile, as a journey: `createProfile` and `useProfile` run it. */
export const profile: JourneyDefinition<ProfileState, ProfileOptions, ProfileActions> = {
  initial: () => ({ status: "loading", values: {}, pending: false, error: undefined }),
  actions: ({ getState: state, update, options, send, run }) => {
    const read = async (signal: AbortSignal) => {
      const { userAttributes } = await send(
        getUserCommand,
        { accessToken: options().accessToken },
        { signal },
      );
      if (signal.aborted) return;
      const values = Object.fromEntries(
        options().attributes.map((name) => [name, userAttributes[name] ?? ""]),
      );
      update({ status: "ready", values, pending: false });
    };
    return {
      load: () => run(read),
      save: (values) =>
        run(async (signal) => {
          const changed = Object.fromEntries(
            Object.entries(values).filter(
              ([name, value]) =>
                options().attributes.includes(name) && value !== (state().values[name] ?? ""),
            ),
          );
          if (Object.keys(changed).length > 0)
            await send(
              updateUserAttributesCommand,
              { accessToken: options().accessToken, userAttributes: changed },
              { signal },
            );
          if (signal.aborted) return;
          update({ status: "saved", values: { ...state().values, ...changed }, pending: false });
          options().onSaved?.();
        }),
    };
  },
};
