// The main entry's components: <SignIn> and <SignOutButton>. Everything a screen is built from, and the
// view that picks each step's screen (ChallengeView, which <SignIn> loads with the first challenge), is in ./screens (the package's `/screens` entry), and the messages in ../i18n
// (`/i18n`): bundlers keep a module that the main entry imports and a lazily loaded screen also uses in
// a chunk that loads with the page (esbuild does so even for an app that uses hooks alone), so the main
// entry imports nothing that only the screens need.
export type { ChallengeComponents, ChallengeViewProps } from "./ChallengeView";
export type { LazyScreen, ScreenLoadError } from "./ChallengeView/lazyScreen";
export type { CodeOptions } from "./CodeChallenge";
export type { PasswordPolicy } from "./NewPasswordChallenge";
export { SignIn, type SignInProps } from "./SignIn";
export { SignOutButton, type SignOutButtonProps } from "./SignOutButton";
export type { ChallengeProps } from "./types";
export type { CredentialsLike } from "./WebAuthnChallenge";
