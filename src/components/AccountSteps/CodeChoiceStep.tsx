"use client";
import type { ReactNode } from "react";
import type { Messages } from "../../i18n/en";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";

export interface CodeChoiceStepProps {
  /** The step's name, for `data-challenge` and tests. */
  name: string;
  title: string;
  description: string;
  error: unknown;
  pending: boolean;
  /** Messages for the step's error (an app's own wording of an exception). */
  errorMessages: Partial<Messages> | undefined;
  labels: { "account.send": string; "account.haveCode": string; "common.pending": string };
  /** "Send me a code" (the primary action); return false to refuse, e.g. a field not filled in yet. */
  onSend: () => false | undefined;
  /** "I already have a code": no code is sent. */
  onHaveCode: () => void;
  /** Fields before the actions (a username), given the step error's id. */
  fields?: (errorId: string | undefined) => ReactNode;
  back: ReactNode;
}

/**
 * The step where a code is first needed: send one, or use one the user already has (an administrator's
 * reset or a sign-up sent it), so that no code goes out unasked.
 */
export function CodeChoiceStep({
  name,
  title,
  description,
  error,
  pending,
  errorMessages,
  labels,
  onSend,
  onHaveCode,
  fields,
  back,
}: CodeChoiceStepProps) {
  return (
    <ChallengeLayout
      name={name}
      title={title}
      description={description}
      error={error}
      pending={pending}
      messages={errorMessages}
      onSubmit={onSend}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={labels["common.pending"]}>
            {labels["account.send"]}
          </Button>
          <Button variant="link" disabled={pending} onClick={onHaveCode}>
            {labels["account.haveCode"]}
          </Button>
          {back}
        </>
      }
    >
      {fields}
    </ChallengeLayout>
  );
}
