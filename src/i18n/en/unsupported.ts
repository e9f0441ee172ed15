/** English: the step for a challenge this library cannot show. */
export const unsupportedEn = {
  "unsupported.title": "This sign-in step is not supported",
  "unsupported.body":
    "Your account asks for a step ({name}) that this app cannot show. Start again, or contact support.",
} as const;
