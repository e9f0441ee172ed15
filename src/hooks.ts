/**
 * cognito-challenge-ui/hooks: core and the React hooks, without a component: for apps that bring their
 * own UI. No screen and no screen's `import()`: bundlers that make a chunk of every `import()` they see
 * (esbuild) have none of the screens' to make here. The readers, SRP and passkey autofill still load on
 * demand, as the sign-in needs them.
 */
export * from "./core/index";
export * from "./hooks/index";
