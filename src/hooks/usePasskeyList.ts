"use client";
import {
  type PasskeyListActions,
  type PasskeyListOptions,
  type PasskeyListState,
  passkeyList,
} from "../core/passkeys/list";
import { useJourney } from "./useJourney";

export type UsePasskeyListOptions = PasskeyListOptions;
export type UsePasskeyListResult = PasskeyListState & PasskeyListActions;

/**
 * A user's passkeys as a hook: the `passkeyList` journey, its calls sealed mutations on the app's
 * QueryClient. Call `load()` once it mounts (as <Passkeys> does).
 */
export const usePasskeyList = (options: UsePasskeyListOptions): UsePasskeyListResult =>
  useJourney(passkeyList, options);
