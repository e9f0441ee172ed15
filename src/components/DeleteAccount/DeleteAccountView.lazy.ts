// The view of DeleteAccount, loaded on demand by <AccountSettings>: it is handed its state and its fresh
// sign-in by the section's shell, so it reaches none of the runtime.
export { DeleteAccountView } from "./DeleteAccountView";
