// The contact check's registry of what loads on demand (see components/lazy.ts): its own, so that only
// an app that imports `contactCheck()` bundles the check's view.

/** The check's view, as it is about to show. */
export const loadContactCheckView = () => import("./ContactCheckView.lazy");
