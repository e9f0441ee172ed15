"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { CredentialSignals } from "../../core/passkeys/list";
import type { WebAuthnCredentialDescription } from "../../core/types";
import type { CredentialCreatorLike } from "../../core/webauthn/creation";
import { usePasskeyEnrolment } from "../../hooks/usePasskeyEnrolment";
import { usePasskeyList } from "../../hooks/usePasskeyList";
import { passkeysEn } from "../../i18n/en/passkeys";
import { errorMessage, format, isolate } from "../../i18n/format";
import { type FreshSignInOption, useFreshSignIn } from "../FreshSignIn";
import { GatedRoot } from "../FreshSignIn/GatedRoot";
import { Button } from "../primitives/Button";
import { ErrorMessage } from "../primitives/ErrorMessage";
import type { StandaloneProps } from "../types";
import { lookOf } from "../UiRoot/lookOf";
import { withClientBoundary } from "../UiRoot/withClientBoundary";
import { type MessagesOf, useMessages } from "../useMessages";

export interface PasskeysProps extends StandaloneProps {
  /** The signed-in user's access token (e.g. `useSession()`'s). */
  accessToken: string;
  /** For adding one: defaults to the browser's `navigator.credentials`. */
  credentials?: CredentialCreatorLike;
  /** Where a removal is told to the browser: defaults to its WebAuthn Signal API, where it has one. */
  signals?: CredentialSignals;
  /**
   * The user handle Cognito registers this user's passkeys under (base64url), if your app keeps it: a
   * removal then tells the browser every passkey left (`signalAllAcceptedCredentials`), not only the one
   * removed. Learnt by itself once a passkey is added here.
   */
  userHandle?: string;
  /**
   * A fresh sign-in before adding or removing a passkey: once `maxAge` seconds have passed since the user
   * signed in, they sign in again first (by Cognito's step-up where `targetAcrValues` is set). Left out:
   * no such check. <AccountSettings> does not pass its own to children: give it here.
   */
  freshSignIn?: FreshSignInOption;
}

/**
 * The signed-in user's passkeys, for an account page: each with the name Cognito gave it (Cognito cannot
 * rename them), when it was added and where it lives; "Add a passkey"; "Remove" after a confirmation,
 * refused for the user's last way to sign in, and told to the browser so that it stops offering it.
 */
// Pure: an app that imports another screen drops this one.
export const Passkeys = /* @__PURE__ */ withClientBoundary(PasskeysView);

function PasskeysView(props: PasskeysProps) {
  const { accessToken, messages: overrides } = props;
  const messages = useMessages(overrides, passkeysEn);
  // A registration here tells the user handle, which the Signal API names the user by.
  const [learntHandle, setLearntHandle] = useState<string | undefined>(undefined);
  const list = usePasskeyList({
    accessToken,
    signals: props.signals,
    userHandle: props.userHandle ?? learntHandle,
  });
  const { load } = list;
  const enrolment = usePasskeyEnrolment({
    accessToken,
    credentials: props.credentials,
    onDone: (_credentialId, userHandle) => {
      if (userHandle) setLearntHandle(userHandle);
      void load();
    },
  });
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  // What was last done, said politely: a passkey added or removed.
  const [said, setSaid] = useState<string | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (enrolment.status === "done") setSaid(messages["passkeys.added"]);
  }, [enrolment.status, messages]);

  const fresh = useFreshSignIn(accessToken, props.freshSignIn, { ...lookOf(props), messages: overrides });
  const error = list.error ?? enrolment.error;
  const busy = list.pending || enrolment.pending;
  return (
    <GatedRoot fresh={fresh} {...lookOf(props)} messages={overrides} state={list.status}>
      <section
        data-slot="step"
        data-challenge="PASSKEYS"
        aria-labelledby={`${id}-title`}
        aria-busy={busy || undefined}
      >
        <div data-slot="header">
          <h2 data-slot="title" id={`${id}-title`}>
            {messages["passkeys.title"]}
          </h2>
          <p data-slot="description">{messages["passkeys.intro"]}</p>
        </div>
        {list.status === "loading" ? (
          <p data-slot="status" role="status">
            {messages["common.loading"]}
          </p>
        ) : list.credentials.length === 0 ? (
          <p data-slot="description">{messages["passkeys.none"]}</p>
        ) : (
          <ul data-slot="items">
            {list.credentials.map((credential) => (
              <PasskeyItem
                key={credential.credentialId}
                credential={credential}
                messages={messages}
                busy={busy}
                confirming={confirming === credential.credentialId}
                onAsk={() => setConfirming(credential.credentialId)}
                onKeep={() => setConfirming(undefined)}
                onRemove={() =>
                  fresh.guard(async () => {
                    setSaid(null);
                    await list.remove(credential.credentialId);
                    setConfirming(undefined);
                    // The item may be gone: focus goes on to the next thing to do.
                    actionsRef.current?.querySelector("button")?.focus();
                  })
                }
              />
            ))}
          </ul>
        )}
        <ErrorMessage id={`${id}-error`}>
          {error === undefined ? null : errorMessage(error, messages)}
        </ErrorMessage>
        <div data-slot="actions" ref={actionsRef}>
          <Button
            variant="primary"
            pending={enrolment.pending}
            pendingLabel={messages["passkeys.adding"]}
            onClick={() =>
              fresh.guard(() => {
                setSaid(null);
                enrolment.reset();
                void enrolment.create();
              })
            }
          >
            {messages["passkeys.add"]}
          </Button>
        </div>
        <p data-slot="status" role="status">
          {said}
        </p>
      </section>
    </GatedRoot>
  );
}

interface PasskeyItemProps {
  credential: WebAuthnCredentialDescription;
  messages: MessagesOf<typeof passkeysEn> & { "common.loading": string };
  busy: boolean;
  confirming: boolean;
  onAsk: () => void;
  onKeep: () => void;
  onRemove: () => void;
}

function PasskeyItem({ credential, messages, busy, confirming, onAsk, onKeep, onRemove }: PasskeyItemProps) {
  const itemRef = useRef<HTMLLIElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Into the question on its safe answer ("Keep it"), and back to "Remove" when it is kept.
    const buttons = itemRef.current?.querySelectorAll("button");
    if (confirming) buttons?.[buttons.length - 1]?.focus();
    else if (wasConfirming.current) buttons?.[0]?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const name = isolate(credential.friendlyCredentialName);
  const where =
    credential.authenticatorAttachment === "platform"
      ? ` · ${messages["passkeys.platform"]}`
      : credential.authenticatorAttachment === "cross-platform"
        ? ` · ${messages["passkeys.crossPlatform"]}`
        : "";
  const added = format(messages["passkeys.created"], {
    date: new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(credential.createdAt),
  });
  return (
    <li data-slot="item" ref={itemRef}>
      <div>
        <strong data-slot="item-name">{name}</strong>
        <span data-slot="hint">
          {added}
          {where}
        </span>
      </div>
      {confirming ? (
        <fieldset data-slot="confirm">
          <legend>{format(messages["passkeys.confirm"], { name })}</legend>
          <Button variant="primary" pending={busy} onClick={onRemove}>
            {messages["passkeys.remove"]}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={onKeep}>
            {messages["passkeys.keep"]}
          </Button>
        </fieldset>
      ) : (
        <Button
          variant="secondary"
          disabled={busy}
          aria-label={format(messages["passkeys.removeNamed"], { name })}
          onClick={onAsk}
        >
          {messages["passkeys.remove"]}
        </Button>
      )}
    </li>
  );
}
