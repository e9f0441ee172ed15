/**
 * cognito-challenge-ui: Amazon Cognito user-pool sign-in for React.
 * Named exports only, listed in each layer's index, so that bundlers can drop what an app does not use.
 */
export * from "./components/index";
export * from "./core/index";
export * from "./hooks/index";
export type { MessageKey, Messages } from "./i18n/en";
export { type ColorMode, type Theme, type ThemeColors, themePresets, themeStyle } from "./theme/theme";
