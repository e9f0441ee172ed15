"use client";
// One attribute's field by its type (<SignUp>'s form, the account page's profile), and a checkbox beside
// its label: uncontrolled, read from the form as it is sent.
import { type ReactNode, useId } from "react";
import { PhoneField } from "../PhoneField";
import { Field } from "../primitives/Field";
import type { SignUpAttribute } from "../SignUp/signUpFields";

export interface AttributeFieldProps {
  field: SignUpAttribute;
  defaultValue: string | undefined;
  errorId: string | undefined;
  problem: string | undefined;
  optional: string;
  countryLabel: string;
  defaultCountry: string | undefined;
  autoComplete: string | undefined;
}

/** One attribute's field, by its type; uncontrolled, read from the form as it is sent. */
export function AttributeField({
  field,
  defaultValue,
  errorId,
  problem,
  optional,
  countryLabel,
  defaultCountry,
  autoComplete,
}: AttributeFieldProps) {
  const { name, type = "text", required = false } = field;
  const label = required ? field.label : `${field.label} ${optional}`;
  if (type === "checkbox")
    return (
      <CheckField
        name={name}
        label={label}
        required={required}
        defaultChecked={defaultValue === "true"}
        errorId={errorId}
        problem={problem}
      />
    );
  return (
    <Field label={label} errorId={errorId} error={problem}>
      {(control) =>
        type === "tel" ? (
          <PhoneField
            {...control}
            name={name}
            required={required}
            autoComplete={autoComplete}
            defaultValue={defaultValue}
            defaultCountry={defaultCountry}
            countryLabel={countryLabel}
          />
        ) : type === "select" ? (
          <select {...control} name={name} required={required} defaultValue={defaultValue ?? ""}>
            <option value="" disabled={required}>
              {" "}
            </option>
            {field.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            type={type}
            name={name}
            required={required}
            autoComplete={autoComplete}
            defaultValue={defaultValue}
            {...(type === "text"
              ? { autoCapitalize: name === "username" ? "none" : undefined, spellCheck: false }
              : {})}
          />
        )
      }
    </Field>
  );
}

export interface CheckFieldProps {
  name: string;
  label: ReactNode;
  required: boolean;
  defaultChecked: boolean;
  /** The step's error, while it is about this field. */
  errorId: string | undefined;
  /** The field's own problem (not ticked though required). */
  problem: string | undefined;
}

/** A checkbox beside its label (an attribute, the consent), with its problem under both. */
export function CheckField({ name, label, required, defaultChecked, errorId, problem }: CheckFieldProps) {
  const id = useId();
  const problemId = problem ? `${id}-error` : undefined;
  const describedBy = [problemId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div data-slot="check" data-invalid={describedBy ? "" : undefined}>
      <input
        type="checkbox"
        id={id}
        name={name}
        required={required}
        defaultChecked={defaultChecked}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
      />
      <label htmlFor={id}>{label}</label>
      {problem ? (
        <p data-slot="field-error" id={problemId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
