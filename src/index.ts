/**
 * cognito-challenge-ui: Amazon Cognito user-pool sign-in for React.
 * Named exports only, listed in each layer's index, so that bundlers can drop what an app does not use.
 */
export * from "./core/index";
export * from "./hooks/index";
