// The registry of what <SignIn>'s first load loads on demand. Every `import()` is in a registry, a module
// named lazy.ts, and each target is a `*.lazy` module that imports nothing of the first load's runtime
// (`npm test` checks both; see ARCHITECTURE.md). The components have one per chunk that loads more: this
// one, the challenges' screens' (ChallengeView/lazy.ts), WEB_AUTHN's and MFA_SETUP's. One registry
// imported by the first load and by chunks loaded on demand is split by bundlers into a chunk of its own:
// +244 B on the first load, measured; one shared by the lazy chunks alone, +200 B over all chunks.

/** <SignIn> after the username: the challenge steps, the countdown, the expired and signed-in steps. */
export const loadLaterSteps = () => import("./SignIn/laterSteps.lazy");
/** <SignIn>'s offer to remember a new device. */
export const loadRememberDeviceStep = () => import("./RememberDeviceStep/RememberDeviceStep.lazy");
/** <SignIn>'s password reset and account confirmation, when its state has an account step. */
export const loadAccountJourneys = () => import("./SignIn/accountJourneys.lazy");
