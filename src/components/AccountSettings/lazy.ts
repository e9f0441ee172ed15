// <AccountSettings>' registry of what loads on demand (see components/lazy.ts): each section's view,
// which its shell hands the journeys' state, so a section loads only where the page shows it.

/** The profile's attributes. */
export const loadProfileView = () => import("../Profile/ProfileView.lazy");
/** The email and phone. */
export const loadContactDetailsView = () => import("../ContactDetails/ContactDetailsView.lazy");
/** The password. */
export const loadChangePasswordView = () => import("../ChangePassword/ChangePasswordView.lazy");
/** The second step at sign-in. */
export const loadTwoFactorView = () => import("../TwoFactor/TwoFactorView.lazy");
/** Devices and sessions. */
export const loadDevicesAndSessionsView = () => import("../DevicesAndSessions/DevicesAndSessionsView.lazy");
/** Deleting the account. */
export const loadDeleteAccountView = () => import("../DeleteAccount/DeleteAccountView.lazy");
