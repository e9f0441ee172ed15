/** English: CUSTOM_CHALLENGE. */
export const customEn = {
  "custom.title": "One more step",
  "custom.answer": "Your answer",
  "custom.required": "Enter your answer.",
} as const;
