/**
 * cognito-challenge-ui/screens: each challenge screen, the remember-device step and the account page's
 * authenticator set-up, as components of their own. `<SignIn>` does not need this entry: it loads each
 * screen when a sign-in first reaches it.
 */
export * from "./components/screens";
