export { FreshSignIn, type FreshSignInProps } from "./FreshSignIn";
export type { FreshSignInOption } from "./types";
export { type FreshSignInGate, useFreshSignIn } from "./useFreshSignIn";
