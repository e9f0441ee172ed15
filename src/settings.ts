/**
 * cognito-challenge-ui/settings: a signed-in user's account settings. `<AccountSettings>`, every section
 * below in one page, each loaded as it shows. The profile (`<Profile>`, `useProfile`, the `profile`
 * journey); the password section
 * (`<ChangePassword>`, `usePasswordChange`, the `passwordChange` journey); devices and sessions
 * (`<DevicesAndSessions>`, `useDevicesAndSessions`, the `devicesAndSessions` journey); deleting the account
 * (`<DeleteAccount>`, `useAccountDeletion`, the `accountDeletion` journey); the email and phone
 * (`<ContactDetails>`, `useContactDetails`, the `contactDetails` journey); the second step at sign-in
 * (`<TwoFactor>`, `useTwoFactor`, the `twoFactor` journey); a fresh sign-in before sensitive changes
 * (each section's `freshSignIn`, `<FreshSignIn>`, `useFreshSignIn`, `needsFreshSignIn`); the contact check
 * once signed in (`<SignIn checkContact={contactCheck()}>`); the operations, as commands for
 * `client.send` (the other `<AccountSettings>` sections and their hooks will come here too):
 * ChangePassword, UpdateUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute,
 * SetUserMFAPreference, ListDevices, ForgetDevice, ListUserSessions, RevokeUserSession and DeleteUser, each
 * with its typed exceptions (from AWS's model). Not in the main entry: an app that renders only a sign-in
 * pays nothing for them.
 */

export {
  type AccountSection,
  AccountSettings,
  type AccountSettingsProps,
  accountSections,
} from "./components/AccountSettings";
export { ChangePassword, type ChangePasswordProps } from "./components/ChangePassword";
export {
  type ContactCheck,
  type ContactCheckStepProps,
  type ContactCheckViewProps,
  contactCheck,
} from "./components/ContactCheck";
export { ContactDetails, type ContactDetailsProps } from "./components/ContactDetails";
export { DeleteAccount, type DeleteAccountProps } from "./components/DeleteAccount";
export { DevicesAndSessions, type DevicesAndSessionsProps } from "./components/DevicesAndSessions";
export {
  FreshSignIn,
  type FreshSignInGate,
  type FreshSignInOption,
  type FreshSignInProps,
  useFreshSignIn,
} from "./components/FreshSignIn";
export { Profile, type ProfileAttribute, type ProfileProps } from "./components/Profile";
export { TwoFactor, type TwoFactorProps } from "./components/TwoFactor";
export type {
  ChangePasswordError,
  ChangePasswordExceptionName,
  DeleteUserError,
  DeleteUserExceptionName,
  ForgetDeviceError,
  ForgetDeviceExceptionName,
  GetUserAttributeVerificationCodeError,
  GetUserAttributeVerificationCodeExceptionName,
  ListDevicesError,
  ListDevicesExceptionName,
  ListUserSessionsError,
  ListUserSessionsExceptionName,
  RevokeUserSessionError,
  RevokeUserSessionExceptionName,
  SetUserMfaPreferenceError,
  SetUserMfaPreferenceExceptionName,
  UpdateUserAttributesError,
  UpdateUserAttributesExceptionName,
  VerifyUserAttributeError,
  VerifyUserAttributeExceptionName,
} from "./core/client/errors";
export { changePasswordCommand } from "./core/commands/changePassword";
export { deleteUserCommand } from "./core/commands/deleteUser";
export { forgetDeviceCommand } from "./core/commands/forgetDevice";
export { getUserAttributeVerificationCodeCommand } from "./core/commands/getUserAttributeVerificationCode";
export { listDevicesCommand } from "./core/commands/listDevices";
export { listUserSessionsCommand } from "./core/commands/listUserSessions";
export { revokeUserSessionCommand } from "./core/commands/revokeUserSession";
export { setUserMfaPreferenceCommand } from "./core/commands/setUserMfaPreference";
export { updateUserAttributesCommand } from "./core/commands/updateUserAttributes";
export { verifyUserAttributeCommand } from "./core/commands/verifyUserAttribute";
export {
  type Contact,
  type ContactAttribute,
  type ContactDetailsActions,
  type ContactDetailsOptions,
  type ContactDetailsState,
  type ContactDetailsStore,
  type CreateContactDetailsOptions,
  contactDetails,
} from "./core/settings/contacts";
export { createAccountDeletion } from "./core/settings/createAccountDeletion";
export { createContactDetails } from "./core/settings/createContactDetails";
export { createDevicesAndSessions } from "./core/settings/createDevicesAndSessions";
export { createPasswordChange } from "./core/settings/createPasswordChange";
export { createProfile } from "./core/settings/createProfile";
export { createTwoFactor } from "./core/settings/createTwoFactor";
export {
  type AccountDeletionActions,
  type AccountDeletionOptions,
  type AccountDeletionState,
  type AccountDeletionStore,
  accountDeletion,
  type CreateAccountDeletionOptions,
} from "./core/settings/deletion";
export {
  type CreateDevicesAndSessionsOptions,
  type DevicesAndSessionsActions,
  type DevicesAndSessionsOptions,
  type DevicesAndSessionsState,
  type DevicesAndSessionsStore,
  devicesAndSessions,
} from "./core/settings/devices";
export {
  type FreshSignInPolicy,
  needsFreshSignIn,
  signedInAt,
  stepUpParameters,
} from "./core/settings/freshness";
export {
  type CreatePasswordChangeOptions,
  type PasswordChangeActions,
  type PasswordChangeOptions,
  type PasswordChangeState,
  type PasswordChangeStore,
  passwordChange,
} from "./core/settings/password";
export {
  type CreateProfileOptions,
  type ProfileActions,
  type ProfileOptions,
  type ProfileState,
  type ProfileStore,
  profile,
} from "./core/settings/profile";
export {
  type CreateTwoFactorOptions,
  type MfaMethod,
  mfaMethods,
  type TwoFactorActions,
  type TwoFactorOptions,
  type TwoFactorState,
  type TwoFactorStore,
  twoFactor,
} from "./core/settings/twoFactor";
export type {
  ChangePasswordInput,
  DeleteUserInput,
  DeviceDescription,
  ForgetDeviceInput,
  GetUserAttributeVerificationCodeInput,
  GetUserAttributeVerificationCodeResponse,
  ListDevicesInput,
  ListDevicesResponse,
  ListUserSessionsInput,
  ListUserSessionsResponse,
  MfaMethodSetting,
  RevokeUserSessionInput,
  SetUserMfaPreferenceInput,
  UpdateUserAttributesInput,
  UpdateUserAttributesResponse,
  UserSessionDescription,
  VerifyUserAttributeInput,
} from "./core/types";
export {
  type UseAccountDeletionOptions,
  type UseAccountDeletionResult,
  useAccountDeletion,
} from "./hooks/useAccountDeletion";
export {
  type UseContactDetailsOptions,
  type UseContactDetailsResult,
  useContactDetails,
} from "./hooks/useContactDetails";
export {
  type UseDevicesAndSessionsOptions,
  type UseDevicesAndSessionsResult,
  useDevicesAndSessions,
} from "./hooks/useDevicesAndSessions";
export {
  type UsePasswordChangeOptions,
  type UsePasswordChangeResult,
  usePasswordChange,
} from "./hooks/usePasswordChange";
export { type UseProfileOptions, type UseProfileResult, useProfile } from "./hooks/useProfile";
export { type UseTwoFactorOptions, type UseTwoFactorResult, useTwoFactor } from "./hooks/useTwoFactor";
