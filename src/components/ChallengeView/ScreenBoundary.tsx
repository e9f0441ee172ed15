"use client";
import { Component, Fragment, type ReactNode, Suspense } from "react";
import type { Messages } from "../../i18n/en";
import { errorMessage } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";
import type { ScreenLoadError } from "./lazyScreen";

interface ScreenBoundaryProps {
  /** Starts the sign-in again, offered beside the retry when a screen cannot be loaded. */
  onRestart?: () => void;
  messages?: Partial<Messages>;
  children: ReactNode;
}

/**
 * Where a screen that loads on demand stands while it loads and when it cannot: a busy step that says
 * so (never a blank), then the screen; or, if its code does not arrive, an announced error with a retry
 * and a way back to the start. Errors other than a failed load pass on to the app's own boundaries.
 */
export function ScreenBoundary({ onRestart, messages, children }: ScreenBoundaryProps) {
  return (
    <LoadBoundary
      renderFailure={(error, retry) => (
        <LoadFailedStep error={error} retry={retry} onRestart={onRestart} messages={messages} />
      )}
    >
      <Suspense fallback={<LoadingStep messages={messages} />}>{children}</Suspense>
    </LoadBoundary>
  );
}

export interface LoadBoundaryProps {
  renderFailure: (error: ScreenLoadError, retry: () => void) => ReactNode;
  children: ReactNode;
}

export class LoadBoundary extends Component<LoadBoundaryProps, { error: unknown; attempt: number }> {
  override state = { error: undefined as unknown, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error, attempt } = this.state;
    if (error === undefined) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    if ((error as { name?: unknown } | null)?.name !== "ScreenLoadError") throw error;
    return this.props.renderFailure(error as ScreenLoadError, () => {
      (error as ScreenLoadError).forget();
      this.setState({ error: undefined, attempt: attempt + 1 });
    });
  }
}

function LoadingStep({ messages: overrides }: { messages?: Partial<Messages> }) {
  const messages = useMessages(overrides);
  return (
    <div data-slot="step" data-state="loading" aria-busy="true">
      <h2 data-slot="title">{messages["signIn.title"]}</h2>
      <p data-slot="description" role="status">
        {messages["common.loading"]}
      </p>
    </div>
  );
}

function LoadFailedStep({
  error,
  retry,
  onRestart,
  messages: overrides,
}: {
  error: ScreenLoadError;
  retry: () => void;
  onRestart: (() => void) | undefined;
  messages: Partial<Messages> | undefined;
}) {
  const messages = useMessages(overrides);
  return (
    // What went wrong is the step's whole content, so it reads first, above the ways on (and is
    // announced as it appears); the step's error slot stays empty.
    <ChallengeLayout
      name="LOAD_FAILED"
      title={messages["signIn.title"]}
      description={errorMessage(error, messages)}
      announceDescription
      messages={overrides}
      onSubmit={retry}
      actions={
        <>
          <Button type="submit">{messages["common.retry"]}</Button>
          {onRestart ? (
            <Button variant="link" onClick={onRestart}>
              {messages["signIn.restart"]}
            </Button>
          ) : null}
        </>
      }
    />
  );
}
