"use client";
import { useEffect, useState } from "react";
import type { ContactAttribute } from "../../core/settings/contacts";
import { contactCheckEn } from "../../i18n/en/contactCheck";
import { contactsEn } from "../../i18n/en/contacts";
import { ChallengeLayout } from "../ChallengeLayout";
import { ContactCodeStep, ContactInput, readContact } from "../ContactDetails/contactParts";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { useMessages } from "../useMessages";
import type { ContactCheckViewProps } from "./types";

const english = { ...contactsEn, ...contactCheckEn };

/**
 * The contact check's screens, handed the contacts' journey by the step: which contact to verify (the
 * current one filled in, to correct or keep), then its code. Once one is verified, the sign-in goes on
 * by itself; "Not now" goes on at any point.
 */
export function ContactCheckView({
  flow,
  contacts,
  attributes,
  defaultCountry,
  messages: overrides,
  className,
  autoFocus = true,
}: ContactCheckViewProps) {
  const messages = useMessages(overrides, english);
  const { load, status, confirming } = contacts;
  useEffect(() => {
    void load();
  }, [load]);

  // The one shown: chosen by the user, else the first that has a value to verify, else the first.
  const [chosen, setChosen] = useState<ContactAttribute | undefined>(undefined);
  const attribute =
    chosen ??
    attributes.find((name) => contacts[name].value !== undefined) ??
    (attributes[0] as ContactAttribute);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  // Verified (here, or already when Cognito was asked): the sign-in goes on, once.
  const verified = status === "ready" && attributes.some((name) => contacts[name].verified);
  const { continueSignIn } = flow;
  useEffect(() => {
    if (verified) void continueSignIn();
  }, [verified, continueSignIn]);

  const error = contacts.error ?? flow.error;
  const pending = contacts.pending || flow.pending;
  const skip = (
    <Button variant="link" onClick={() => void continueSignIn()}>
      {messages["contactCheck.skip"]}
    </Button>
  );

  if (confirming && !verified)
    return (
      <ContactCodeStep
        name="CONTACT_CHECK_CODE"
        contacts={contacts}
        confirming={confirming}
        submitLabel={messages["contactCheck.verify"]}
        exit={skip}
        problem={problem}
        onProblem={setProblem}
        messages={messages}
        overrides={overrides}
        error={error}
        pending={pending}
        className={className}
        autoFocus={autoFocus}
      />
    );

  const other = attributes.find((name) => name !== attribute);
  const current = contacts[attribute].value;
  return (
    <ChallengeLayout
      // A new field (and focus) when the user switches between email and phone.
      key={`choose-${attribute}-${status}`}
      name="CONTACT_CHECK"
      title={messages["contactCheck.title"]}
      description={messages["contactCheck.description"]}
      error={error}
      pending={pending || status === "loading"}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      status={verified ? messages["contactCheck.verified"] : null}
      onSubmit={(form) => {
        const { value, problem: found } = readContact(form, attribute, messages);
        setProblem(found);
        if (found) return false;
        // The contact as it is gets a code; a corrected one is changed, which sends the new one a code.
        void (value === current ? contacts.sendCode(attribute) : contacts.change(attribute, value));
      }}
      actions={
        status === "loading" && contacts.error !== undefined ? (
          <>
            <Button variant="primary" onClick={() => void load()}>
              {messages["common.retry"]}
            </Button>
            {skip}
          </>
        ) : (
          <>
            <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
              {messages["contactCheck.send"]}
            </Button>
            {other ? (
              <Button
                variant="link"
                disabled={pending}
                onClick={() => {
                  setProblem(undefined);
                  setChosen(other);
                }}
              >
                {messages[other === "email" ? "contactCheck.useEmail" : "contactCheck.usePhone"]}
              </Button>
            ) : null}
            {skip}
          </>
        )
      }
    >
      {(errorId) =>
        status === "loading" ? null : (
          <Field label={messages[`contacts.${attribute}`]} errorId={errorId} error={problem}>
            {(control) => (
              <ContactInput
                attribute={attribute}
                control={control}
                defaultValue={current}
                defaultCountry={defaultCountry}
                messages={messages}
                onEdit={() => setProblem(undefined)}
              />
            )}
          </Field>
        )
      }
    </ChallengeLayout>
  );
}
