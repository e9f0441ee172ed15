import { type ReactElement, type ReactNode, useId } from "react";

/** What a field's control needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export interface FieldProps {
  /** The visible label. */
  label: ReactNode;
  /** Help shown under the label, e.g. where a code was sent. */
  hint?: ReactNode;
  /** The id of the step's error message that describes this field, while it shows one. */
  errorId?: string;
  /**
   * This field's own problem, found before anything was sent (empty, too short, passwords that differ):
   * shown under the control and tied to it, and read as the field takes focus when a step refuses a
   * submit (not a live region: the step has one). Clear it as soon as the value is fixed.
   */
  error?: ReactNode;
  /** The id of text elsewhere that explains the field, e.g. the step's instructions. */
  descriptionId?: string;
  /** Under the control, after its error: e.g. the password rules, checked as the user types. */
  after?: ReactNode;
  /** The control, given the ids that tie it to the label, hint and errors. */
  children: (control: FieldControlProps) => ReactElement;
  className?: string;
}

/** A label, an optional hint, a control and its error, tied together for assistive technology. */
export function Field({
  label,
  hint,
  descriptionId,
  errorId,
  error,
  after,
  children,
  className,
}: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const ownErrorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, hintId, ownErrorId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div data-slot="field" data-invalid={ownErrorId || errorId ? "" : undefined} className={className}>
      <label data-slot="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p data-slot="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy,
        ...(ownErrorId || errorId ? { "aria-invalid": true } : {}),
      })}
      {error ? (
        // Not a live region: read with the field, which takes focus when a submit is refused.
        <p data-slot="field-error" id={ownErrorId}>
          {error}
        </p>
      ) : null}
      {after}
    </div>
  );
}
