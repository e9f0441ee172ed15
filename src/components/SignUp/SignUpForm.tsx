"use client";
import { useState } from "react";
import type { UseSignUpResult } from "../../hooks/useSignUp";
import type { Messages } from "../../i18n/en";
import { passwordRulesEn } from "../../i18n/en/passwordRules";
import { signUpEn } from "../../i18n/en/signUp";
import { format } from "../../i18n/format";
import { AttributeField, CheckField } from "../AttributeField";
import { ChallengeLayout } from "../ChallengeLayout";
import { type PasswordPolicy, passwordRules } from "../NewPasswordChallenge/passwordPolicy";
import { RuledPasswordField } from "../NewPasswordChallenge/RuledPasswordField";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";
import {
  emailOrPhone,
  fieldOfSignUpError,
  lambdaMessage,
  type SignUpAttribute,
  type SignUpConsent,
  type UsernameModel,
  usernameFieldName,
} from "./signUpFields";

const formEn = { ...passwordRulesEn, ...signUpEn };
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface SignUpFormProps {
  journey: UseSignUpResult;
  usernameAs: UsernameModel;
  attributes: SignUpAttribute[];
  /** No password field: the account signs in by a code (EMAIL_OTP or SMS_OTP). */
  passwordless: boolean;
  passwordPolicy: PasswordPolicy | undefined;
  consent: SignUpConsent | undefined;
  defaultCountry: string | undefined;
  /**
   * What the user typed (never the password), kept by <SignUp> across its steps so that coming back to
   * the form, or going to the sign-in, loses nothing.
   */
  typed: Record<string, string>;
  /** The app's sign-in, for "Already have an account?" and an existing username. */
  onSignIn: ((username: string) => void) | undefined;
  /** The app's password reset, for an existing username. */
  onForgotPassword: ((username: string) => void) | undefined;
  /** Called as the details go out: the next step's code starts loading. */
  onSubmitted: () => void;
  messages: Partial<Messages> | undefined;
}

/** A field's value as Cognito takes it: a checkbox as "true"/"false", a phone number without spaces. */
function fieldValue(form: HTMLFormElement, name: string, type: SignUpAttribute["type"]): string {
  const field = form.elements.namedItem(name);
  if (type === "checkbox") return String((field as HTMLInputElement | null)?.checked === true);
  const value = String(new FormData(form).get(name) ?? "").trim();
  return type === "tel" ? value.replace(/[\s().-]/g, "") : value;
}

/** A phone number the user typed that the phone field could not read (it then sends ""). */
const unreadablePhone = (form: HTMLFormElement, name: string) =>
  [...form.querySelectorAll<HTMLInputElement>("input[data-unread]")].some((input) => input.name === name);

/**
 * The new account's details: the username as the pool names users, the attributes the app asks for,
 * the password with the pool's rules checked as typed (or none, passwordless), and the consent. Values
 * stay in their fields and are read from the form as it is sent: the password never enters React state.
 * Cognito's refusals land on the field they are about; an existing username offers the sign-in.
 */
export function SignUpForm({
  journey,
  usernameAs,
  attributes,
  passwordless,
  passwordPolicy,
  consent,
  defaultCountry,
  typed,
  onSignIn,
  onForgotPassword,
  onSubmitted,
  messages: overrides,
}: SignUpFormProps) {
  const messages = useMessages(overrides, formEn);
  // Problems found before sending, by field name; the password's rules as met so far (not the password).
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { error, pending } = journey;
  const userField = usernameFieldName(usernameAs);
  const userType = usernameAs === "email" ? "email" : usernameAs === "phone" ? "tel" : "text";
  const userLabel =
    messages[
      usernameAs === "email"
        ? "signUp.email"
        : usernameAs === "phone"
          ? "signUp.phone"
          : usernameAs === "emailOrPhone"
            ? "signUp.emailOrPhone"
            : "signUp.username"
    ];
  const fields: SignUpAttribute[] = [
    { name: userField, label: userLabel, type: userType, required: true },
    ...attributes.filter((attribute) => attribute.name !== userField),
  ];
  const names = fields.map((field) => field.name);
  // With "email or phone", Cognito's words about the email or the phone are about the username's field.
  const errorField = fieldOfSignUpError(error, [...names, "email", "phone_number"]);
  const aboutUsername =
    errorField === "username" ||
    (usernameAs === "emailOrPhone" &&
      (errorField === "email" || errorField === "phone_number") &&
      !names.includes(errorField));
  const about = aboutUsername ? userField : errorField;
  const exists = (error as { name?: unknown } | undefined)?.name === "UsernameExistsException";
  const lambda = lambdaMessage(error);
  const stepMessages = {
    ...overrides,
    ...(lambda ? { "error.UserLambdaValidationException": lambda } : {}),
    ...(exists ? { "error.UsernameExistsException": messages["signUp.exists"] } : {}),
  };
  const consentName = consent?.name ?? "consent";

  function check(form: HTMLFormElement): Record<string, string> {
    const found: Record<string, string> = {};
    for (const field of fields) {
      const value = fieldValue(form, field.name, field.type);
      if (field.type === "tel" && unreadablePhone(form, field.name))
        found[field.name] = messages["signUp.invalidPhone"];
      else if (field.required && (!value || value === "false"))
        found[field.name] = format(messages["signUp.required"], { label: field.label });
      else if (value && field.type === "email" && !EMAIL.test(value))
        found[field.name] = messages["signUp.invalidEmail"];
      else if (field.name === userField && usernameAs === "emailOrPhone" && !emailOrPhone(value))
        found[field.name] = messages["signUp.emailOrPhoneInvalid"];
      else if (value) {
        const own = field.validate?.(value);
        if (own) found[field.name] = own;
      }
    }
    if (!passwordless) {
      const password = String(new FormData(form).get("password") ?? "");
      if (!password) found.password = messages["signUp.passwordRequired"];
      else if (passwordRules(passwordPolicy, password, messages).some((rule) => !rule.met))
        found.password = messages["newPassword.unmet"];
    }
    if (
      consent &&
      consent.required !== false &&
      !(form.elements.namedItem(consentName) as HTMLInputElement | null)?.checked
    )
      found[consentName] = messages["signUp.consentRequired"];
    return found;
  }

  // The username in its field now (a button's form), for the sign-in or the reset it leads to.
  const usernameIn = (button: HTMLButtonElement) =>
    button.form ? fieldValue(button.form, userField, fields[0]?.type) : (typed[userField] ?? "");

  return (
    <ChallengeLayout
      name="SIGN_UP"
      title={messages["signUp.title"]}
      error={error}
      pending={pending}
      messages={stepMessages}
      onSubmit={(form) => {
        for (const field of fields) typed[field.name] = fieldValue(form, field.name, field.type);
        const found = check(form);
        setProblems(found);
        if (Object.keys(found).length > 0) return false;
        const values: Record<string, string> = {};
        for (const field of fields) if (typed[field.name]) values[field.name] = typed[field.name] as string;
        const { [userField]: typedUsername = "", ...rest } = values;
        // The username stands for its attribute where the pool names users by email or phone.
        const either = usernameAs === "emailOrPhone" ? emailOrPhone(typedUsername) : undefined;
        const username = either?.value ?? typedUsername;
        const userAttributes = either
          ? { ...rest, [either.attribute]: username }
          : usernameAs === "username"
            ? rest
            : { ...rest, [userField]: username };
        const password = passwordless ? undefined : String(new FormData(form).get("password") ?? "");
        onSubmitted();
        void journey.submit({
          username,
          ...(password !== undefined ? { password } : {}),
          attributes: userAttributes,
          ...(consent
            ? { validationData: { [consentName]: fieldValue(form, consentName, "checkbox") } }
            : {}),
        });
      }}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={messages["signUp.pending"]}>
            {messages["signUp.submit"]}
          </Button>
          {exists ? (
            <>
              <Button
                variant="secondary"
                onClick={(event) => {
                  const username = usernameIn(event.currentTarget);
                  if (onSignIn) onSignIn(username);
                  else journey.signInInstead(username);
                }}
              >
                {messages["signUp.signIn"]}
              </Button>
              {onForgotPassword ? (
                <Button variant="link" onClick={(event) => onForgotPassword(usernameIn(event.currentTarget))}>
                  {messages["signIn.forgotPassword"]}
                </Button>
              ) : null}
            </>
          ) : onSignIn ? (
            <Button
              variant="link"
              disabled={pending}
              onClick={(event) => onSignIn(usernameIn(event.currentTarget))}
            >
              {messages["signUp.haveAccount"]}
            </Button>
          ) : null}
        </>
      }
    >
      {(errorId) => (
        <>
          {fields.map((field) => (
            <AttributeField
              key={field.name}
              field={field}
              defaultValue={typed[field.name]}
              errorId={about === field.name ? errorId : undefined}
              problem={problems[field.name]}
              optional={messages["signUp.optional"]}
              countryLabel={messages["signUp.country"]}
              defaultCountry={defaultCountry}
              autoComplete={
                field.name === userField
                  ? usernameAs === "username" || usernameAs === "emailOrPhone"
                    ? "username"
                    : field.type === "tel"
                      ? "tel"
                      : "email"
                  : field.autoComplete
              }
            />
          ))}
          {passwordless ? null : (
            <RuledPasswordField
              label={messages["signUp.password"]}
              name="password"
              errorId={about === "password" ? errorId : undefined}
              error={problems.password}
              policy={passwordPolicy}
              messages={messages}
            />
          )}
          {consent ? (
            <CheckField
              name={consentName}
              label={consent.label}
              required={consent.required !== false}
              defaultChecked={false}
              errorId={undefined}
              problem={problems[consentName]}
            />
          ) : null}
        </>
      )}
    </ChallengeLayout>
  );
}
