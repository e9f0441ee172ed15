/**
 * The errors after which nobody can sign in until the account is put right, and what each needs:
 * PasswordResetRequiredException a new password (an administrator's reset, or an imported user),
 * UserNotConfirmedException a confirmation. The sign-in store ends its round on them (and holds the
 * password for `signInAgain` after the second); <SignIn> opens the step each needs. By name, as
 * `isSessionEnded` does, so that nothing here ties a screen to the client's module.
 */
export type AccountNeed = "required" | "confirm";

const NEEDS: Record<string, AccountNeed | undefined> = {
  PasswordResetRequiredException: "required",
  UserNotConfirmedException: "confirm",
};

export function accountNeedOf(error: unknown): AccountNeed | undefined {
  return NEEDS[String((error as { name?: unknown } | undefined)?.name)];
}
