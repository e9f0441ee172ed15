import { createJourney } from "../journey/createJourney";
import { type CreatePasskeyListOptions, type PasskeyListStore, passkeyList } from "./list";

/** A user's passkeys as a framework-free store: the `passkeyList` journey on the runtime. */
export const createPasskeyList = (options: CreatePasskeyListOptions): PasskeyListStore =>
  createJourney(passkeyList, options);
