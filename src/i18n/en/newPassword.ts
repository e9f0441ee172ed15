import { passwordRulesEn } from "./passwordRules";

/** English: NEW_PASSWORD_REQUIRED, with the labels of standard attributes, and the password rules. */
export const newPasswordEn = {
  ...passwordRulesEn,
  "newPassword.title": "Choose a new password",
  "newPassword.instructions": "Your password has to be changed before you continue.",
  "newPassword.password": "New password",
  "newPassword.confirm": "Repeat the new password",
  "newPassword.mismatch": "The passwords do not match.",
  "newPassword.attributeRequired": "Fill in {label}.",
  "newPassword.submit": "Change password",
  "attribute.given_name": "First name",
  "attribute.family_name": "Last name",
  "attribute.name": "Full name",
  "attribute.email": "Email",
  "attribute.phone_number": "Phone number",
  "attribute.birthdate": "Date of birth",
  "attribute.address": "Address",
  "attribute.nickname": "Nickname",
  "attribute.preferred_username": "Preferred username",
} as const;
