/**
 * The sign-up's registry (see core/lazy.ts): its own, so that the sign-in's first load, which imports the
 * core's, never sees this `import()` and bundles no chunk for it.
 */

/** The sign-up's calls and every step after its form, loaded as its first call goes out. */
export const loadSignUpSteps = () => import("./steps.lazy");
