/**
 * cognito-challenge-ui/sign-up: a new account. <SignUp> (the form as the pool names users, its
 * confirmation by code or link, then the sign-in's steps), `useSignUp`, `createSignUp` and the
 * `signUpJourney` they run. Not in the main entry: bundlers make a chunk of every `import()` they see
 * in what an app imports, so <SignUp>'s on-demand parts, exported there, would reshape the chunks of
 * every app that renders <SignIn> alone (see ARCHITECTURE.md).
 */
export {
  SignUp,
  type SignUpAttribute,
  type SignUpConsent,
  type SignUpProps,
  type UsernameModel,
} from "./components/SignUp";
export { createSignUp } from "./core/signUp/createSignUp";
export { signUpJourney } from "./core/signUp/signUp";
export type {
  CreateSignUpOptions,
  PendingSignUp,
  PendingSignUpStore,
  SignUpActions,
  SignUpDetails,
  SignUpHandOver,
  SignUpOptions,
  SignUpState,
  SignUpStore,
} from "./core/signUp/types";
export { type UseSignUpOptions, type UseSignUpResult, useSignUp } from "./hooks/useSignUp";
