// The registry of what <SignIn> loads on demand: every `import()` of the sign-in's own steps is here,
// and each target is a `*.lazy` module (ARCHITECTURE.md, "Rules that keep it this way").

/** Everything after the username: the challenge steps, the countdown, the expired and signed-in steps. */
export const loadLaterSteps = () => import("./laterSteps.lazy");
/** The offer to remember a new device. */
export const loadRememberDeviceStep = () => import("../RememberDeviceStep/RememberDeviceStep.lazy");
/** The password reset and the account confirmation, when the sign-in's state has an account step. */
export const loadAccountJourneys = () => import("./accountJourneys.lazy");
