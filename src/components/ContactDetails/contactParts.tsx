"use client";
import type { ReactNode } from "react";
import type { ContactAttribute } from "../../core/settings/contacts";
import type { UseContactDetailsResult } from "../../hooks/useContactDetails";
import type { Messages } from "../../i18n/en";
import type { contactsEn } from "../../i18n/en/contacts";
import { format, isolate } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { PhoneField } from "../PhoneField";
import { Button } from "../primitives/Button";
import { Field, type FieldControlProps } from "../primitives/Field";
import type { MessagesOf } from "../useMessages";

// The parts of a contact's change and its code that the account page's <ContactDetails> and the contact
// check after sign-in share: the same checks, the same field, the same code step.

type ContactsMessages = MessagesOf<typeof contactsEn>;

/**
 * What is wrong with a contact as typed, before anything is sent; undefined when nothing. `unread`: the
 * phone field holds a number it could not read (it says so itself).
 */
export function contactProblem(
  attribute: ContactAttribute,
  value: string,
  unread: boolean,
  messages: ContactsMessages,
): string | undefined {
  if (!value && !unread) return messages["contacts.required"];
  if (attribute === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value))
    return messages["contacts.invalidEmail"];
  if (attribute === "phone_number" && !/^\+[1-9]\d{6,14}$/.test(value))
    return messages["contacts.invalidPhone"];
  return undefined;
}

/** The contact typed in `form` (the phone field submits E.164), and what is wrong with it. */
export function readContact(form: HTMLFormElement, attribute: ContactAttribute, messages: ContactsMessages) {
  const value = String(new FormData(form).get(attribute) ?? "").trim();
  const unread = attribute === "phone_number" && form.querySelector("[data-unread]") !== null;
  return { value, problem: contactProblem(attribute, value, unread, messages) };
}

/** An email's or a phone number's input (the phone with its country), named by the attribute. */
export function ContactInput({
  attribute,
  control,
  defaultValue,
  defaultCountry,
  messages,
  onEdit,
}: {
  attribute: ContactAttribute;
  control: FieldControlProps;
  defaultValue?: string | undefined;
  defaultCountry: string | undefined;
  messages: ContactsMessages;
  /** The user typed: a problem said goes. */
  onEdit: () => void;
}) {
  return attribute === "email" ? (
    <input
      {...control}
      name="email"
      type="email"
      autoComplete="email"
      defaultValue={defaultValue}
      onChange={onEdit}
    />
  ) : (
    <PhoneField
      {...control}
      name="phone_number"
      autoComplete="tel"
      countryLabel={messages["contacts.country"]}
      defaultCountry={defaultCountry}
      defaultValue={defaultValue}
    />
  );
}

/**
 * The code sent to a contact: its field, the submit (`submitLabel`), "Send a new code", and the caller's
 * own way out (`exit`). The code is read from its field as it is sent, never kept in state.
 */
export function ContactCodeStep({
  name,
  contacts,
  confirming,
  description,
  submitLabel,
  exit,
  problem,
  onProblem,
  messages,
  overrides,
  error,
  pending,
  className,
  autoFocus,
}: {
  /** The step's name (its `data-step`). */
  name: string;
  contacts: UseContactDetailsResult;
  confirming: NonNullable<UseContactDetailsResult["confirming"]>;
  /** Said after where the code went, e.g. that the old contact stays in use. */
  description?: string;
  submitLabel: string;
  exit: ReactNode;
  /** The field's own problem (no code typed), and how it is set. */
  problem: string | undefined;
  onProblem: (problem: string | undefined) => void;
  messages: ContactsMessages & Pick<Messages, "common.pending">;
  overrides: Partial<Messages> | undefined;
  error: unknown;
  pending: boolean;
  className?: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <ChallengeLayout
      key={`confirm-${confirming.attribute}`}
      name={name}
      title={messages[`contacts.confirmTitle.${confirming.attribute}`]}
      description={
        format(messages["contacts.sentTo"], {
          destination: isolate(confirming.delivery?.destination ?? confirming.newValue ?? ""),
        }) + (description ? ` ${description}` : "")
      }
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      status={contacts.done === "sent" ? messages["contacts.sent"] : null}
      onSubmit={(form) => {
        const code = String(new FormData(form).get("code") ?? "").trim();
        if (!code) {
          onProblem(messages["contacts.codeRequired"]);
          return false;
        }
        onProblem(undefined);
        void contacts.confirm(code);
      }}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {submitLabel}
          </Button>
          <Button
            variant="link"
            disabled={pending}
            onClick={() => void contacts.sendCode(confirming.attribute)}
          >
            {messages["contacts.sendAgain"]}
          </Button>
          {exit}
        </>
      }
    >
      {(errorId) => (
        <Field label={messages["contacts.code"]} errorId={errorId} error={problem}>
          {(control) => (
            <input
              {...control}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              onChange={() => onProblem(undefined)}
            />
          )}
        </Field>
      )}
    </ChallengeLayout>
  );
}
