// <SignUp>'s registry (see components/lazy.ts): what follows the form, loaded as the form goes out. Its
// own, so that <SignIn>'s first load never sees this `import()`.

/** The confirmation (code or link) and the steps around the hand-over to the sign-in. */
export const loadSignUpSteps = () => import("./laterSteps.lazy");
