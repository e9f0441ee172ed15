"use client";
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from "react";
import type { Messages } from "../../i18n/en";
import { loadExceptionMessages } from "../../i18n/exceptionMessages";
import { errorKeyOf, errorMessage } from "../../i18n/format";
import { ErrorMessage } from "../primitives/ErrorMessage";
import { useExceptionMessages, useMessages } from "../useMessages";

export interface ChallengeLayoutProps {
  /** Which challenge this step shows, as `data-challenge`. */
  name: string;
  title: ReactNode;
  description?: ReactNode;
  /** The error to show; its message comes from the dictionary, by exception name. */
  error?: unknown;
  pending?: boolean;
  /** Submitting the step's form; omitted for steps made of buttons only. */
  onSubmit?: () => void;
  /** Focus the step's first field when it appears (default true). */
  autoFocus?: boolean;
  messages?: Partial<Messages>;
  className?: string;
  /** Receives the id of the error message, to point fields' aria-describedby at it while it shows. */
  children: (errorId: string | undefined) => ReactNode;
}

/**
 * The frame every challenge shares: a titled form with an announced error, which focuses its first
 * field when it appears so that keyboard and screen-reader users land where the next input goes.
 */
export function ChallengeLayout({
  name,
  title,
  description,
  error,
  pending = false,
  onSubmit,
  autoFocus = true,
  messages: overrides,
  className,
  children,
}: ChallengeLayoutProps) {
  const messages = useMessages(overrides);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>("input, select, textarea") ??
      form?.querySelector<HTMLElement>("button")
    )?.focus();
  }, [autoFocus]);
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
    <form
      ref={formRef}
      data-slot="step"
      data-challenge={name}
      data-state={pending ? "pending" : hasError ? "error" : "idle"}
      aria-labelledby={`${id}-title`}
      aria-busy={pending || undefined}
      className={className}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!pending) onSubmit?.();
      }}
    >
      <h2 data-slot="title" id={`${id}-title`}>
        {title}
      </h2>
      {description ? <p data-slot="description">{description}</p> : null}
      {children(hasError ? errorId : undefined)}
      <ErrorMessage id={errorId}>{hasError && !waiting ? errorMessage(error, messages) : null}</ErrorMessage>
    </form>
  );
}
