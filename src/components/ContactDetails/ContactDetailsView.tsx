"use client";
import { type ReactNode, useEffect, useState } from "react";
import type { ContactAttribute } from "../../core/settings/contacts";
import { contactsEn } from "../../i18n/en/contacts";
import { format, isolate } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { GatedRoot } from "../FreshSignIn/GatedRoot";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { lookOf } from "../UiRoot/lookOf";
import { type MessagesOf, useMessages } from "../useMessages";
import { ContactCodeStep, ContactInput, readContact } from "./contactParts";
import type { ContactDetailsViewProps } from "./types";

type ContactsMessages = MessagesOf<typeof contactsEn>;

/** <ContactDetails>'s screen, handed its state and fresh sign-in by ContactDetailsSection: no runtime of its own. */
export function ContactDetailsView(props: ContactDetailsViewProps) {
  const { attributes = ["email", "phone_number"], messages: overrides } = props;
  const messages = useMessages(overrides, contactsEn);
  const { state: contacts, fresh } = props;

  const { load } = contacts;
  const [editing, setEditing] = useState<ContactAttribute | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    void load();
  }, [load]);
  const root = (children: ReactNode) => (
    <GatedRoot fresh={fresh} {...lookOf(props)} messages={overrides} state={contacts.status}>
      {children}
    </GatedRoot>
  );

  const { confirming } = contacts;
  if (confirming)
    return root(
      <ContactCodeStep
        name="CONFIRM_CONTACT"
        contacts={contacts}
        confirming={confirming}
        description={
          confirming.newValue !== undefined && contacts[confirming.attribute].value !== confirming.newValue
            ? messages["contacts.keptUntil"]
            : undefined
        }
        submitLabel={messages["contacts.confirm"]}
        exit={
          <Button variant="link" onClick={() => contacts.cancel()}>
            {messages["contacts.cancel"]}
          </Button>
        }
        problem={problem}
        onProblem={setProblem}
        messages={messages}
        overrides={overrides}
        error={contacts.error}
        pending={contacts.pending}
      />,
    );

  if (editing)
    return root(
      <ChallengeLayout
        key={`edit-${editing}`}
        name="CHANGE_CONTACT"
        title={messages[`contacts.changeTitle.${editing}`]}
        error={contacts.error}
        pending={contacts.pending}
        messages={overrides}
        onSubmit={async (form) => {
          const { value, problem: found } = readContact(form, editing, messages);
          setProblem(found);
          if (found) return false;
          fresh.guard(async () => {
            await contacts.change(editing, value);
            setEditing(undefined);
          });
        }}
        actions={
          <>
            <Button type="submit" pending={contacts.pending} pendingLabel={messages["common.pending"]}>
              {messages["contacts.save"]}
            </Button>
            <Button variant="link" onClick={() => setEditing(undefined)}>
              {messages["contacts.cancel"]}
            </Button>
          </>
        }
      >
        {(errorId) => (
          <Field
            label={messages[editing === "email" ? "contacts.newEmail" : "contacts.newPhone"]}
            errorId={errorId}
            error={problem}
          >
            {(control) => (
              <ContactInput
                attribute={editing}
                control={control}
                defaultCountry={props.defaultCountry}
                messages={messages}
                onEdit={() => setProblem(undefined)}
              />
            )}
          </Field>
        )}
      </ChallengeLayout>,
    );

  return root(
    <ChallengeLayout
      name="CONTACTS"
      title={messages["contacts.title"]}
      description={messages["contacts.intro"]}
      error={contacts.error}
      pending={contacts.pending || contacts.status === "loading"}
      messages={overrides}
      // An account page: focus stays where the user is until they come to this section.
      autoFocus={false}
      status={contacts.done === "verified" ? messages["contacts.done"] : null}
      actions={
        contacts.status === "loading" && contacts.error !== undefined ? (
          <Button variant="primary" onClick={() => void load()}>
            {messages["common.retry"]}
          </Button>
        ) : null
      }
    >
      {() =>
        contacts.status === "loading" ? null : (
          <ul data-slot="items">
            {attributes.map((attribute) => (
              <ContactItem
                key={attribute}
                attribute={attribute}
                value={contacts[attribute].value}
                verified={contacts[attribute].verified}
                messages={messages}
                busy={contacts.pending}
                onVerify={() => void contacts.sendCode(attribute)}
                onChange={() => {
                  setProblem(undefined);
                  setEditing(attribute);
                }}
              />
            ))}
          </ul>
        )
      }
    </ChallengeLayout>,
  );
}

function ContactItem({
  attribute,
  value,
  verified,
  messages,
  busy,
  onVerify,
  onChange,
}: {
  attribute: ContactAttribute;
  value: string | undefined;
  verified: boolean;
  messages: ContactsMessages;
  busy: boolean;
  onVerify: () => void;
  onChange: () => void;
}) {
  const name = messages[`contacts.${attribute}`];
  return (
    <li data-slot="item">
      <div>
        <strong data-slot="item-name">{name}</strong>
        <span data-slot="hint">
          {value ? isolate(value) : messages["contacts.none"]}
          {value ? ` · ${messages[verified ? "contacts.verified" : "contacts.unverified"]}` : ""}
        </span>
      </div>
      <span data-slot="item-actions">
        {value && !verified ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={onVerify}
            aria-label={format(messages["contacts.verifyNamed"], { name })}
          >
            {messages["contacts.verify"]}
          </Button>
        ) : null}
        <Button
          variant="secondary"
          disabled={busy}
          onClick={onChange}
          // The name says what the button shows (axe's label-in-name): "Add" for a contact not there yet.
          aria-label={format(messages[value ? "contacts.changeNamed" : "contacts.addNamed"], { name })}
        >
          {messages[value ? "contacts.change" : "contacts.add"]}
        </Button>
      </span>
    </li>
  );
}
