"use client";
import { type ReactNode, useState } from "react";
import type { ChallengeOf } from "../../core/challenges";
import { customEn } from "../../i18n/en/custom";
import { withoutBidiControls } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import type { ChallengeProps } from "../types";
import { useMessages } from "../useMessages";

export type CustomChallengeProps = ChallengeProps<"CUSTOM_CHALLENGE"> & {
  /**
   * Draws the challenge your Lambda defines (a captcha, a question with choices…) and answers it. Without
   * it, the parameters are shown as text with one answer field.
   */
  render?: (props: {
    challenge: ChallengeOf<"CUSTOM_CHALLENGE">;
    answer: (answer: string) => void;
    pending: boolean;
  }) => ReactNode;
};

/** CUSTOM_CHALLENGE: whatever the pool's Lambda asks, shown generically or by the app's own renderer. */
export function CustomChallenge({
  challenge,
  onAnswer,
  render,
  pending = false,
  error,
  messages: overrides,
  className,
  autoFocus,
}: CustomChallengeProps) {
  const messages = useMessages(overrides, customEn);
  const [answer, setAnswer] = useState("");
  const [tried, setTried] = useState(false);
  // USER_ID_FOR_SRP and USERNAME are protocol plumbing, not part of the question.
  const shown = Object.entries(challenge.parameters).filter(
    ([key]) => key !== "USER_ID_FOR_SRP" && key !== "USERNAME",
  );
  return (
    <ChallengeLayout
      name="CUSTOM_CHALLENGE"
      title={messages["custom.title"]}
      error={error}
      pending={pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => {
        if (render) return;
        setTried(true);
        if (!answer.trim()) return false;
        void onAnswer({ answer: answer.trim() });
      }}
      actions={
        render ? null : (
          <Button type="submit" pending={pending} pendingLabel={messages["common.pending"]}>
            {messages["common.submit"]}
          </Button>
        )
      }
    >
      {(errorId) =>
        render ? (
          render({ challenge, answer: (value) => void onAnswer({ answer: value }), pending })
        ) : (
          <>
            {shown.map(([key, value]) => (
              // A paragraph of its own, in its own direction; no control inside can turn what follows.
              <p key={key} data-slot="description" data-parameter={key} dir="auto">
                {withoutBidiControls(value)}
              </p>
            ))}
            <Field
              label={messages["custom.answer"]}
              errorId={errorId}
              error={tried && !answer.trim() ? messages["custom.required"] : undefined}
            >
              {(control) => (
                <input
                  {...control}
                  name="answer"
                  autoComplete="off"
                  required
                  value={answer}
                  onChange={(event) => setAnswer(event.target.value)}
                />
              )}
            </Field>
          </>
        )
      }
    </ChallengeLayout>
  );
}
