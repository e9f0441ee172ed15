// The registry of the challenges' default screens, which the steps after the username load on demand.
// Loaded with those steps, never with the page (see ../lazy.ts for why the first load's registry is
// another, and why the two screens that load a helper of their own have their own).

// Each challenge's default screen, loaded the first time a sign-in reaches it.
export const loadSelectChallenge = () => import("../SelectChallenge/SelectChallenge.lazy");
export const loadPasswordChallenge = () => import("../PasswordChallenge/PasswordChallenge.lazy");
/**
 * The code steps share one chunk: each is a thin wrapper over CodeChallenge, and five chunks of a few
 * hundred bytes cost more (each compressed alone, each importing the same parts) than one.
 */
export const loadCodeScreens = () => import("../ChallengeView/codeScreens.lazy");
export const loadSelectMfaTypeChallenge = () =>
  import("../SelectMfaTypeChallenge/SelectMfaTypeChallenge.lazy");
export const loadMfaSetupChallenge = () => import("../MfaSetupChallenge/MfaSetupChallenge.lazy");
export const loadNewPasswordChallenge = () => import("../NewPasswordChallenge/NewPasswordChallenge.lazy");
export const loadCustomChallenge = () => import("../CustomChallenge/CustomChallenge.lazy");
export const loadWebAuthnChallenge = () => import("../WebAuthnChallenge/WebAuthnChallenge.lazy");
