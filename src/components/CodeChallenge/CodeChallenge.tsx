"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { CodeDelivery } from "../../core/challenges";
import type { Messages } from "../../i18n/en";
import { codeEn } from "../../i18n/en/code";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { fieldOfError } from "../primitives/Field/fieldOfError";
import { codeOf, OtpInput } from "../primitives/OtpInput";
import { useCooldown } from "../primitives/useCooldown";
import { type MessagesOf, useMessages } from "../useMessages";
import { describeDelivery } from "./deliveryText";

/** Options every code step shares. */
export interface CodeOptions {
  /** Digits in the code. Default 6. */
  codeLength?: number;
  /** Submit as soon as the last digit is typed or pasted. Default false. */
  autoSubmit?: boolean;
  /**
   * Asks for a new code (in <SignIn>: starts this step again). The button waits out the cooldown, so a
   * user cannot trigger a flood of messages.
   */
  onResend?: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendCooldownSeconds?: number;
  /**
   * How many times a new code has arrived at the user's request (in <SignIn>, the flow's `resends`):
   * each one is shown and announced as "We sent a new code."
   */
  resends?: number;
  /** Where no new code can be sent: starts the sign-in again, so the step is never a dead end. */
  onRestart?: () => void;
}

export interface CodeChallengeProps extends CodeOptions {
  name: string;
  /** Default "Enter your code" (`code.title`), the one title of every code step. */
  title?: string;
  description: ReactNode;
  onCode: (code: string) => void | Promise<void>;
  pending?: boolean;
  error?: unknown;
  messages?: Partial<Messages>;
  className?: string;
  autoFocus?: boolean;
}

/** Where the code went, in words: "We sent a code by text message to +*******0100." */
export function deliveryText(delivery: CodeDelivery, messages: MessagesOf<typeof codeEn>): string {
  return describeDelivery(delivery.medium, delivery.destination, {
    byEmail: messages["code.sentByEmail"],
    bySms: messages["code.sentBySms"],
    somewhere: messages["code.sentSomewhere"],
  });
}

/** The step behind every one-time-code challenge: SMS and email codes, and authenticator codes. */
export function CodeChallenge({
  name,
  title,
  description,
  onCode,
  codeLength = 6,
  autoSubmit = false,
  onResend,
  resendCooldownSeconds = 30,
  resends = 0,
  onRestart,
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: CodeChallengeProps) {
  const messages = useMessages(overrides, codeEn);
  // The code is the input's alone (read from the form at submit): never React state, and a key renders
  // nothing. A new field (empty) each time a new code is asked for.
  const [field, setField] = useState(0);
  const [tried, setTried] = useState(false);
  const [cooldown, restartCooldown] = useCooldown(resendCooldownSeconds, onResend !== undefined);
  // The resends already said: asking again hides the notice until the next code has arrived.
  const [said, setSaid] = useState(resends);
  // Where the new code goes once it has arrived: back to the code field, from the resend link.
  const formOfResend = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (resends === 0) return;
    (formOfResend.current?.elements.namedItem("code") as HTMLInputElement | null)?.focus();
  }, [resends]);
  const submit = (value: string) => {
    setTried(true);
    if (value.length !== codeLength) return false;
    if (!pending) void onCode(value);
  };
  return (
    <ChallengeLayout
      name={name}
      title={title ?? messages["code.title"]}
      description={description}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={(form) => submit(codeOf(form))}
      status={resends > said ? messages["code.resent"] : null}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["common.submit"]}
          </Button>
          {onResend ? (
            // One line: the link says how long until it works.
            <Button
              variant="link"
              disabled={cooldown > 0 || pending}
              onClick={(event) => {
                formOfResend.current = event.currentTarget.form;
                setField((count) => count + 1);
                setTried(false);
                setSaid(resends);
                restartCooldown();
                onResend();
              }}
            >
              {cooldown > 0
                ? format(messages["code.resendIn"], { seconds: cooldown })
                : messages["code.resend"]}
            </Button>
          ) : onRestart ? (
            <Button variant="link" onClick={onRestart}>
              {messages["signIn.restart"]}
            </Button>
          ) : null}
        </>
      }
    >
      {(errorId, descriptionId) => (
        <CodeField
          key={field}
          messages={messages}
          descriptionId={descriptionId}
          // A wrong or expired code marks the field; a network error or a limit is the step's alone.
          errorId={fieldOfError(error) === "code" ? errorId : undefined}
          codeLength={codeLength}
          tried={tried}
          onComplete={autoSubmit ? submit : undefined}
        />
      )}
    </ChallengeLayout>
  );
}

/**
 * The code field. The input keeps the code (OtpInput, uncontrolled), so a key renders nothing; the field
 * holds only whether the code is complete, for the error it shows after a refused submit.
 */
function CodeField({
  messages,
  descriptionId,
  errorId,
  codeLength,
  tried,
  onComplete,
}: {
  messages: MessagesOf<typeof codeEn>;
  descriptionId: string | undefined;
  errorId: string | undefined;
  codeLength: number;
  /** A submit was tried: an incomplete code is said under the field. */
  tried: boolean;
  onComplete: ((value: string) => void) | undefined;
}) {
  const [complete, setComplete] = useState(false);
  return (
    <Field
      label={messages["code.label"]}
      descriptionId={descriptionId}
      hint={format(messages["code.hint"], { length: codeLength })}
      errorId={errorId}
      error={tried && !complete ? format(messages["code.required"], { length: codeLength }) : undefined}
    >
      {(control) => (
        <OtpInput
          {...control}
          name="code"
          length={codeLength}
          // The same value twice is no update: React renders nothing for it.
          onValueChange={(value) => setComplete(value.length === codeLength)}
          onComplete={onComplete}
          required
        />
      )}
    </Field>
  );
}
