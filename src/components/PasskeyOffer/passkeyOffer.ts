import { loadPasskeyOffer } from "../../core/passkeys/lazy";
import type { PasskeyOfferOptions } from "../../core/signIn/types";
import type { CredentialCreatorLike } from "../../core/webauthn/creation";
import { type LazyScreen, lazyScreen } from "../ChallengeView/lazyScreen";
import { loadPasskeyOfferStep } from "./lazy";
import type { PasskeyOfferStepProps } from "./PasskeyOfferStep.lazy";

/** The passkey offer for `<SignIn offerPasskey>`, `<SignUp offerPasskey>` and `useSignIn`. */
export interface PasskeyOffer extends PasskeyOfferOptions {
  /** The offer's step, which <SignIn> shows; its code loads as it is about to show. */
  Step: LazyScreen<PasskeyOfferStepProps>;
}

// One step for every offer made: its code then loads once.
const Step = /* @__PURE__ */ lazyScreen(() =>
  loadPasskeyOfferStep().then((module) => module.PasskeyOfferStep),
);

/**
 * Offers a passkey once signed in, to a user with none, where the browser can make one:
 * `<SignIn offerPasskey={passkeyOffer()} />`. Its code (whether to offer, the registration, the step)
 * loads only as it is needed, and an app that never calls this bundles none of it.
 */
export function passkeyOffer(options: { credentials?: CredentialCreatorLike } = {}): PasskeyOffer {
  return { ...options, load: loadPasskeyOffer, Step };
}
