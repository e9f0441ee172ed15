/** English: the account page around its sections (<AccountSettings>). */
export const accountSettingsEn = {
  "accountSettings.loadFailed": "This section did not load",
} as const;
