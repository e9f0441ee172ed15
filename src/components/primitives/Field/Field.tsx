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
  /** The id of an error message that describes this field, while it shows one. */
  errorId?: string;
  /** The control, given the ids that tie it to the label, hint and error. */
  children: (control: FieldControlProps) => ReactElement;
  className?: string;
}

/** A label, an optional hint and a control, tied together for assistive technology. */
export function Field({ label, hint, errorId, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div data-slot="field" className={className}>
      <label data-slot="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p data-slot="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, ...(errorId ? { "aria-invalid": true } : {}) })}
    </div>
  );
}
