"use client";
import {
  type ProfileActions,
  type ProfileOptions,
  type ProfileState,
  profile,
} from "../core/settings/profile";
import { useJourney } from "./useJourney";

export type UseProfileOptions = ProfileOptions;
export type UseProfileResult = ProfileState & ProfileActions;

/**
 * A signed-in user's profile as a hook: the `profile` journey, each call a sealed mutation on the app's
 * QueryClient (no token in its variables or cache). Unmounting cancels it.
 */
export const useProfile = (options: UseProfileOptions): UseProfileResult => useJourney(profile, options);
