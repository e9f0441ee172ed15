"use client";
import { type FormEvent, type ReactNode, useContext, useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "../../hooks/useHydrated";
import type { Messages } from "../../i18n/en";
import { loadExceptionMessages } from "../../i18n/exceptionMessages";
import { errorKeyOf, errorMessage } from "../../i18n/format";
import { ErrorMessage } from "../primitives/ErrorMessage";
import { useExceptionMessages, useMessages } from "../useMessages";
import { AccountContext } from "./AccountContext";

export interface ChallengeLayoutProps {
  /** Which challenge this step shows, as `data-challenge`. */
  name: string;
  title: ReactNode;
  description?: ReactNode;
  /** Announce the description as it appears: for a step that replaces another to explain what happened. */
  announceDescription?: boolean;
  /** The error to show; its message comes from the dictionary, by exception name. */
  error?: unknown;
  pending?: boolean;
  /**
   * Submitting the step's form. Return `false` when the step refused it (a field is empty or wrong):
   * focus then moves to the first field marked invalid. Omitted for steps made of buttons only. Receives
   * the form, so that a step can read a field that keeps its own value (the code) at the moment it is sent.
   */
  onSubmit?: (form: HTMLFormElement) => unknown;
  /** Focus the step's first field when it appears (default true). */
  autoFocus?: boolean;
  messages?: Partial<Messages>;
  className?: string;
  /** The step's buttons and links, under the step's error: the primary action first. */
  actions?: ReactNode;
  /**
   * Said politely after the actions, e.g. "We sent a new code.": shown and announced. Pass `null` while
   * there is nothing to say, so the live region is in place before its first message.
   */
  status?: ReactNode;
  /**
   * The step's fields. Receives the id of the step's error message, to point the fields'
   * aria-describedby at it while it shows one, and the id of the description, for a field it explains.
   */
  children?: (errorId: string | undefined, descriptionId: string | undefined) => ReactNode;
}

/**
 * The frame every challenge shares: a titled form, who is signing in (inside <SignIn>), the fields, the
 * step's announced error right under them, then the actions. It focuses the first field when it appears,
 * so that keyboard and screen-reader users land where the next input goes.
 */
export function ChallengeLayout({
  name,
  title,
  description,
  announceDescription,
  error,
  pending = false,
  onSubmit,
  autoFocus = true,
  messages: overrides,
  className,
  actions,
  status,
  children,
}: ChallengeLayoutProps) {
  const messages = useMessages(overrides);
  const account = useContext(AccountContext);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (!autoFocus) return;
    const form = formRef.current;
    // The first field, else the step's own first action (in document order: fields, choices, actions),
    // never the account line's link above them.
    form
      ?.querySelector<HTMLElement>(
        "input,select,textarea,[data-slot=choices] button,[data-slot=actions] button",
      )
      ?.focus();
  }, [autoFocus]);
  useEffect(() => {
    // The first field marked invalid takes focus, and so is read with its error (aria-describedby). Blurred
    // first: a field that already had focus (Enter pressed in it) is then read again too.
    const field = refused ? formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]") : null;
    field?.blur();
    field?.focus();
  }, [refused]);
  const hasError = error !== undefined && error !== null;
  const errorId = `${id}-error`;
  // A Cognito exception's English message may not have arrived yet: it is fetched now, and the alert
  // waits for it (or, if it cannot load, says the generic message) rather than saying one thing, then another.
  const exceptions = useExceptionMessages();
  const missing = hasError && !(errorKeyOf(error) in messages) && !exceptions.messages;
  const waiting = missing && !exceptions.failed;
  useEffect(() => {
    // A failure shows as the generic message (the snapshot says it failed); nothing more to do here.
    if (missing) loadExceptionMessages().catch(() => {});
  }, [missing]);

  return (
    // POST, and before hydration a disabled first submit button: until React's onSubmit is attached, Enter
    // in a field would send the form by the browser itself, and a GET would put the password in the URL.
    <form
      ref={formRef}
      method="post"
      data-slot="step"
      data-challenge={name}
      data-state={pending ? "pending" : hasError ? "error" : "idle"}
      aria-labelledby={`${id}-title`}
      aria-busy={pending || undefined}
      className={className}
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!pending && onSubmit?.(event.currentTarget) === false) setRefused((count) => count + 1);
      }}
    >
      {!hydrated && <button type="submit" disabled hidden />}
      <div data-slot="header">
        <h2 data-slot="title" id={`${id}-title`}>
          {title}
        </h2>
        {account}
        {description ? (
          <p
            data-slot="description"
            id={`${id}-description`}
            role={announceDescription ? "alert" : undefined}
          >
            {description}
          </p>
        ) : null}
      </div>
      {children?.(hasError ? errorId : undefined, description ? `${id}-description` : undefined)}
      <ErrorMessage id={errorId}>{hasError && !waiting ? errorMessage(error, messages) : null}</ErrorMessage>
      {actions ? <div data-slot="actions">{actions}</div> : null}
      {status === undefined ? null : (
        <p data-slot="status" role="status">
          {status}
        </p>
      )}
    </form>
  );
}
