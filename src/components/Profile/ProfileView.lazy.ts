// The view of Profile, loaded on demand by <AccountSettings>: it is handed its state by the section's
// shell, so it reaches none of the runtime.
export { ProfileView } from "./ProfileView";
