import { createJourney } from "../journey/createJourney";
import { type CreateProfileOptions, type ProfileStore, profile } from "./profile";

/** A signed-in user's profile as a framework-free store: the `profile` journey on the runtime. */
export const createProfile = (options: CreateProfileOptions): ProfileStore => createJourney(profile, options);
