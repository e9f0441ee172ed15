// The WEB_AUTHN step's registry (see ../lazy.ts for why it has its own).

/**
 * WebAuthn's JSON helpers load with the WEB_AUTHN step, not with the page, since most sign-ins never
 * show it; and not at the click, so that the browser's request starts within the click's user activation.
 */
export const loadWebAuthnHelpers = () => import("../../core/webauthn/webauthn.lazy");
