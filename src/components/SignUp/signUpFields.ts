/**
 * The pool's shape as the app gives it to <SignUp> (how users are named, which attributes to ask for),
 * and what the form makes of Cognito's refusals: which field an exception is about, and a pre sign-up
 * Lambda's own words. Pure, so every rule here is tested without rendering.
 */
import type { ReactNode } from "react";
import { withoutBidiControls } from "../../i18n/format";

/**
 * How the pool names its users (its UsernameAttributes): a username of their own (the default; add a
 * `preferred_username` attribute for a pool with that alias), their email, their phone number, or either
 * (one field: an email, or a phone number with its "+" and country code).
 */
export type UsernameModel = "username" | "email" | "phone" | "emailOrPhone";

/** One attribute the form asks for: a standard one (`given_name`, `birthdate`…) or `custom:*`. */
export interface SignUpAttribute {
  /** The attribute's name in the pool, e.g. `given_name` or `custom:team`. */
  name: string;
  /** The visible label. */
  label: string;
  /**
   * The control: text (default), email, tel (a phone field with countries, sent as E.164), date (sent as
   * YYYY-MM-DD, as Cognito's `birthdate` wants), select (with `options`), or checkbox ("true" or "false").
   */
  type?: "text" | "email" | "tel" | "date" | "select" | "checkbox";
  /** The pool requires it: the form refuses to send without it. */
  required?: boolean;
  /** For `select`: the values and their labels. */
  options?: { value: string; label: string }[];
  /** The browser's autofill hint, e.g. `given-name`. */
  autoComplete?: string;
  /** Your own check, run before sending: a message for the field, or undefined when it is fine. */
  validate?: (value: string) => string | undefined;
}

/** An optional consent checkbox: its answer goes in ValidationData for a pre sign-up Lambda to check. */
export interface SignUpConsent {
  /** The text beside the checkbox, with your link (e.g. to the terms). */
  label: ReactNode;
  /** The ValidationData name the answer is sent as ("true" or "false"). Default `consent`. */
  name?: string;
  /** The form refuses to send until it is ticked. Default true. */
  required?: boolean;
}

/**
 * An "email or phone" username as Cognito takes it, and the attribute it stands for: an email as typed,
 * a phone number in E.164 once spaces, dashes and brackets are gone; undefined when it is neither.
 */
export function emailOrPhone(
  typed: string,
): { value: string; attribute: "email" | "phone_number" } | undefined {
  const value = typed.trim();
  if (value.includes("@"))
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? { value, attribute: "email" } : undefined;
  const phone = value.replace(/[\s().-]/g, "");
  return /^\+[1-9]\d{6,14}$/.test(phone) ? { value: phone, attribute: "phone_number" } : undefined;
}

/** The name the username field has in the form: the attribute it stands for, if any. */
export const usernameFieldName = (model: UsernameModel) =>
  model === "email" ? "email" : model === "phone" ? "phone_number" : "username";

/**
 * Which field a SignUp refusal is about, by its name: a field's attribute name, `username`, `password`,
 * or undefined for the step as a whole. InvalidParameterException names the attribute only in its text
 * ("Attributes did not conform to the schema: given_name: The attribute given_name is required",
 * "Invalid email address format."), so the known shapes are read from it.
 */
export function fieldOfSignUpError(error: unknown, names: readonly string[]): string | undefined {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === "InvalidPasswordException") return "password";
  if (name === "UsernameExistsException") return "username";
  if (name !== "InvalidParameterException" && name !== "AliasExistsException") return undefined;
  const text = typeof message === "string" ? message : "";
  if (name === "AliasExistsException" || /Invalid email address/i.test(text))
    return names.find((field) => field === "email");
  if (/Invalid phone number/i.test(text)) return names.find((field) => field === "phone_number");
  if (/^Username should be/i.test(text)) return "username";
  const attribute = /([\w:]+): The attribute/.exec(text)?.[1] ?? /attribute ([\w:]+)/i.exec(text)?.[1];
  return names.find((field) => field === attribute);
}

/**
 * A pre sign-up Lambda's refusal in its own words: Cognito sends "PreSignUp failed with error <the
 * Lambda's message>." and the user should read only the Lambda's message. Undefined for anything else.
 */
export function lambdaMessage(error: unknown): string | undefined {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name !== "UserLambdaValidationException" || typeof message !== "string") return undefined;
  const own = /^PreSignUp failed with error ([\s\S]+?)\.?$/.exec(message.trim())?.[1]?.trim();
  return own ? withoutBidiControls(own) : undefined;
}
