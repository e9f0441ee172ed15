import type { passwordRulesEn } from "../../i18n/en/passwordRules";
import { format } from "../../i18n/format";
import type { MessagesOf } from "../useMessages";

/** The user pool's password policy, shown as rules; Cognito does not send it, so the app passes it. */
export interface PasswordPolicy {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
}

/**
 * Cognito's default policy (8 characters, with a lowercase and an uppercase letter, a number and a
 * symbol): what a pool has unless its administrator changed it. Shown, as the default, under a password
 * Cognito refused when the app passed no policy.
 */
export const COGNITO_DEFAULT_POLICY: PasswordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** Cognito refused a new password for the pool's policy (InvalidPasswordException). */
export function refusedByPolicy(error: unknown): boolean {
  return (error as { name?: unknown } | null | undefined)?.name === "InvalidPasswordException";
}

/** One rule of the policy, in words, and whether a password meets it. */
export interface PasswordRule {
  text: string;
  met: boolean;
}

/**
 * The policy's rules checked against a password, the way Cognito checks them: length in characters,
 * the basic Latin letters for case, and anything else but letters and digits as a symbol.
 */
export function passwordRules(
  policy: PasswordPolicy | undefined,
  password: string,
  messages: MessagesOf<typeof passwordRulesEn>,
): PasswordRule[] {
  if (!policy) return [];
  const rules: [boolean | undefined, string, RegExp | number][] = [
    [
      policy.minLength !== undefined && policy.minLength > 0,
      format(messages["newPassword.rule.minLength"], { count: policy.minLength ?? 0 }),
      policy.minLength ?? 0,
    ],
    [policy.requireLowercase, messages["newPassword.rule.lowercase"], /[a-z]/],
    [policy.requireUppercase, messages["newPassword.rule.uppercase"], /[A-Z]/],
    [policy.requireNumbers, messages["newPassword.rule.number"], /[0-9]/],
    [policy.requireSymbols, messages["newPassword.rule.symbol"], /[^A-Za-z0-9]/],
  ];
  return rules
    .filter(([wanted]) => wanted)
    .map(([, text, test]) => ({
      text,
      met: typeof test === "number" ? [...password].length >= test : test.test(password),
    }));
}

/** An attribute's name made readable when the app gave no label: "custom:team_name" → "Team name". */
export function humanizeAttribute(name: string): string {
  const words = name
    .replace(/^custom:/, "")
    .replace(/[_:.-]+/g, " ")
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What stops a new password from being sent: none typed, or a rule not met yet; undefined when fine. */
export function passwordProblem(
  password: string,
  rules: PasswordRule[],
  messages: { required: string; unmet: string },
): string | undefined {
  if (!password) return messages.required;
  return rules.some((rule) => !rule.met) ? messages.unmet : undefined;
}
