import type { PasswordRule } from "./passwordPolicy";

export interface PasswordRulesProps {
  rules: PasswordRule[];
  /** "Your password needs:" */
  heading: string;
  /** Said to screen readers for a rule the password meets ("done"). */
  metLabel: string;
}

/** The pool's rules under a new-password field, each marked as the password meets it. */
export function PasswordRules({ rules, heading, metLabel }: PasswordRulesProps) {
  if (rules.length === 0) return null;
  return (
    <div data-slot="rules">
      <p>{heading}</p>
      <ul>
        {rules.map((rule) => (
          <li key={rule.text} data-state={rule.met ? "met" : "unmet"}>
            {/* The mark says "done" to screen readers too; an open one says nothing. */}
            {rule.met ? (
              <span role="img" aria-label={metLabel}>
                ✓
              </span>
            ) : (
              <span aria-hidden="true">○</span>
            )}{" "}
            {rule.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
