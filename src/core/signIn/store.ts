import { createJourney } from "../journey/createJourney";
import type { JourneyStore, RuntimeOptions } from "../journey/journey";
import type { SignInState } from "./reducer";
import { signIn } from "./signIn";
import type { SignInActions, SignInOptions } from "./types";

/**
 * `createSignIn`'s options: the sign-in's own, and the client (its `userPoolId` names the pool in SRP
 * proofs, and the passkey offer calls it directly) with the `send` its calls go through.
 */
export type CreateSignInOptions = SignInOptions & RuntimeOptions;

/**
 * The sign-in's store. `subscribe`: the passkey autofill offer runs only while someone listens, since
 * without a screen nobody can pick a passkey. `setOptions`: `initialUsername` and `sessionValidityMs`
 * only count at creation.
 */
export type SignInStore = JourneyStore<SignInState, SignInOptions, SignInActions>;

/** The whole sign-in as a framework-free store: the `signIn` journey on the runtime (see signIn.ts). */
export const createSignIn = (options: CreateSignInOptions): SignInStore => createJourney(signIn, options);
