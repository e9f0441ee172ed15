"use client";
import { type ReactNode, useEffect, useState } from "react";
import type { CodeDelivery } from "../../core/challenges";
import type { Messages } from "../../i18n/en";
import { codeEn } from "../../i18n/en/code";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { OtpInput } from "../primitives/OtpInput";
import { type MessagesOf, useMessages } from "../useMessages";

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
}

export interface CodeChallengeProps extends CodeOptions {
  name: string;
  title: string;
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
  const { medium, destination } = delivery;
  if (!destination) return messages["code.sentSomewhere"];
  return format(messages[medium === "EMAIL" ? "code.sentByEmail" : "code.sentBySms"], { destination });
}

function useCooldown(seconds: number, active: boolean) {
  const [left, setLeft] = useState(active ? seconds : 0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((value) => value - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return [left, () => setLeft(seconds)] as const;
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
  pending,
  error,
  messages: overrides,
  className,
  autoFocus,
}: CodeChallengeProps) {
  const messages = useMessages(overrides, codeEn);
  const [code, setCode] = useState("");
  const [cooldown, restartCooldown] = useCooldown(resendCooldownSeconds, onResend !== undefined);
  const submit = (value: string) => {
    if (value.length === codeLength && !pending) void onCode(value);
  };
  return (
    <ChallengeLayout
      name={name}
      title={title}
      description={description}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => submit(code)}
    >
      {(errorId) => (
        <>
          <Field
            label={messages["code.label"]}
            hint={format(messages["code.hint"], { length: codeLength })}
            errorId={errorId}
          >
            {(control) => (
              <OtpInput
                {...control}
                name="code"
                length={codeLength}
                value={code}
                onValueChange={setCode}
                onComplete={autoSubmit ? submit : undefined}
                required
              />
            )}
          </Field>
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["common.submit"]}
          </Button>
          {onResend ? (
            <>
              <Button
                disabled={cooldown > 0 || pending}
                onClick={() => {
                  setCode("");
                  restartCooldown();
                  onResend();
                }}
              >
                {messages["code.resend"]}
              </Button>
              {cooldown > 0 ? (
                <p data-slot="hint">{format(messages["code.resendIn"], { seconds: cooldown })}</p>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </ChallengeLayout>
  );
}
