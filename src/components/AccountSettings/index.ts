export {
  type AccountSection,
  AccountSettings,
  type AccountSettingsProps,
  accountSections,
} from "./AccountSettings";
