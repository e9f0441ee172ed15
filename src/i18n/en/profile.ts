/** English: the account page's profile (<Profile>). */
export const profileEn = {
  "profile.title": "Profile",
  "profile.intro": "How you appear in the app.",
  "profile.save": "Save",
  "profile.pending": "Saving…",
  "profile.saved": "Saved.",
  "profile.optional": "(optional)",
  "profile.country": "Country",
  "profile.required": "Fill in {label}.",
  "profile.notWritable": "Some of these details cannot be changed here.",
} as const;
