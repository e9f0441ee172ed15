"use client";
import { type ReactNode, useState } from "react";
import type { Messages } from "../../i18n/en";
import type { accountEn } from "../../i18n/en/account";
import { format } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { Field } from "../primitives/Field";
import { fieldOfError } from "../primitives/Field/fieldOfError";
import { codeOf, OtpInput } from "../primitives/OtpInput";
import { useCooldown } from "../primitives/useCooldown";
import type { MessagesOf } from "../useMessages";

export interface AccountCodeStepProps {
  /** The step's name, for `data-step` and tests. */
  name: string;
  title: string;
  /** Where the code went, or what to enter when the user brought their own. */
  description: string;
  error: unknown;
  pending: boolean;
  /** The shared strings (code, resend, its cooldown). */
  labels: MessagesOf<typeof accountEn> & { "common.pending": string };
  /** Messages for the step's error (an app's own wording of an exception). */
  errorMessages?: Partial<Messages>;
  /** The primary action's label. */
  submitLabel: string;
  /** A code was sent with this step: the cooldown starts at once. */
  sent: boolean;
  /** Codes sent again from this step so far: each one is said, and the code field starts empty. */
  resends: number;
  onResend: () => void;
  resendCooldownSeconds: number;
  codeLength: number;
  /**
   * Sends the code (and whatever `fields` hold); return false to refuse, e.g. a field that is not right
   * yet. Called only with a code of the right length.
   */
  onSubmit: (code: string) => false | undefined;
  /**
   * Fields after the code (a new password), given the step error's id while that error is a refused
   * password (see `fieldOfError`), and whether a send was tried.
   */
  fields?: (errorId: string | undefined, tried: boolean) => ReactNode;
  /** The way back (to sign in), after the actions. */
  back?: ReactNode;
}

/**
 * The code step of an account journey: where the code went, the code (with more fields where the
 * journey needs them), a new code with a cooldown, the way back. A code sent again is said and announced.
 */
export function AccountCodeStep({
  name,
  title,
  description,
  error,
  pending,
  labels,
  errorMessages,
  submitLabel,
  sent,
  resends,
  onResend,
  resendCooldownSeconds,
  codeLength,
  onSubmit,
  fields,
  back,
}: AccountCodeStepProps) {
  // The code is the input's alone (read from the form at submit): never React state, so a key renders
  // nothing. The step keeps whether it is complete, and which field is current: a new, empty one for
  // each new code.
  const [codeComplete, setCodeComplete] = useState(false);
  const [field, setField] = useState(0);
  const [tried, setTried] = useState(false);
  const [cooldown, restartCooldown] = useCooldown(resendCooldownSeconds, sent);
  // The resends already said when the user last asked: a larger count is a new code to announce.
  const [said, setSaid] = useState(resends);
  // The step's error marks the field it is about, and only that one.
  const about = fieldOfError(error);
  return (
    <ChallengeLayout
      name={name}
      title={title}
      description={description}
      error={error}
      pending={pending}
      messages={errorMessages}
      status={resends > said ? labels["account.resent"] : null}
      onSubmit={(form) => {
        setTried(true);
        if (!codeComplete) return false;
        return onSubmit(codeOf(form));
      }}
      actions={
        <>
          <Button type="submit" pending={pending} pendingLabel={labels["common.pending"]}>
            {submitLabel}
          </Button>
          <Button
            variant="link"
            disabled={cooldown > 0 || pending}
            onClick={() => {
              setCodeComplete(false);
              setField((count) => count + 1);
              setSaid(resends);
              restartCooldown();
              onResend();
            }}
          >
            {/* One line: the link says how long until it works. */}
            {cooldown > 0
              ? format(labels["account.resendIn"], { seconds: cooldown })
              : labels["account.resend"]}
          </Button>
          {back}
        </>
      }
    >
      {(errorId, descriptionId) => (
        <>
          <Field
            label={labels["account.code"]}
            descriptionId={descriptionId}
            errorId={about === "code" ? errorId : undefined}
            error={tried && !codeComplete ? labels["account.codeRequired"] : undefined}
          >
            {(control) => (
              <OtpInput
                {...control}
                key={field}
                name="code"
                length={codeLength}
                onValueChange={(value) => setCodeComplete(value.length === codeLength)}
                required
              />
            )}
          </Field>
          {fields?.(about === "password" ? errorId : undefined, tried)}
        </>
      )}
    </ChallengeLayout>
  );
}
