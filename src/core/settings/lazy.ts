/**
 * The account settings' registry of what loads on demand in a sign-in (see core/lazy.ts): here, not in
 * the core's, so that only an app that imports the contact check (`contactCheck()`, from /settings)
 * bundles it.
 */

/** Whether to ask for a verified contact once signed in: as the sign-in is about to hand its tokens over. */
export const loadContactCheck = () => import("./contactCheck.lazy");
