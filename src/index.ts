/**
 * cognito-challenge-ui: Amazon Cognito user-pool sign-in for React.
 * Explicit exports only, so that bundlers can drop what an app does not use.
 */
export * from "./core/index";
