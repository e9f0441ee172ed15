/**
 * cognito-challenge-ui/i18n: the dictionaries (English, the default, and German) and the helpers that
 * turn an error into its message, for apps that translate or build their own screens. `<SignIn>` needs
 * none of this: each screen brings its own English strings when it loads.
 */
export * from "./i18n/index";
