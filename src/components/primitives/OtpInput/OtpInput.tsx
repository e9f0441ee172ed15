import type { ClipboardEvent, CSSProperties, InputHTMLAttributes } from "react";

export interface OtpInputProps
  extends Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "value" | "defaultValue" | "onChange" | "type" | "maxLength"
  > {
  id: string;
  /**
   * The digits, for a controlled field. Leave it out and the input keeps the code itself: a key then
   * re-renders nothing, and `onValueChange` still hears every change.
   */
  value?: string;
  /** Receives digits only, at most `length` of them. */
  onValueChange: (value: string) => void;
  /** How many digits the code has (Cognito's are 6; some Lambdas send 8). */
  length?: number;
  /** Called once the code is complete, for auto-submit. */
  onComplete?: (value: string) => void;
}

/**
 * The digits each field last reported: completion is announced once, not again for the same code. Kept
 * by the input element, outside React: no hook state of any component ever holds the code.
 */
const reported = new WeakMap<HTMLInputElement, string>();

/**
 * One input for a whole one-time code, drawn over a box per digit: the browser and password managers can
 * fill it (`autocomplete="one-time-code"`), phones show a digit keyboard, screen readers meet one field
 * with one label, and typing, backspace, selection and paste are the input's own. The input draws its
 * digits itself, spaced one per box, and its caret marks the box the next digit goes in (styles.css), so
 * the boxes never change with the value: a key costs what it costs in a plain input. (A marker moved per
 * key cost a style recalculation, 1.3× a plain input's keystroke at 4× CPU.) A pasted code with spaces or
 * dashes ("123 456", "123-456") is kept as its digits. No maxLength: it would cut a pasted "123-456"
 * before the dash could be dropped.
 */
export function OtpInput({ value, onValueChange, length = 6, onComplete, ...input }: OtpInputProps) {
  const accept = (raw: string, field: HTMLInputElement) => {
    const digits = raw.replace(/\D/g, "").slice(0, length);
    // Uncontrolled, the input must drop what is not a digit itself; controlled, React sets the value.
    if (value === undefined && field.value !== digits) field.value = digits;
    const complete = digits.length === length && digits !== reported.get(field);
    reported.set(field, digits);
    onValueChange(digits);
    if (complete) onComplete?.(digits);
  };
  return (
    <div data-slot="otp" style={{ "--cc-otp-length": length } as CSSProperties}>
      <input
        {...input}
        data-slot="otp-input"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        {...(value === undefined ? { defaultValue: "" } : { value })}
        onChange={(event) => accept(event.target.value, event.target)}
        onPaste={(event: ClipboardEvent<HTMLInputElement>) => {
          const pasted = event.clipboardData.getData("text");
          if (!pasted) return;
          event.preventDefault();
          accept(pasted, event.currentTarget);
        }}
      />
      <div data-slot="otp-boxes" aria-hidden="true">
        {Array.from({ length }, (_, index) => (
          // The boxes never reorder: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index} data-slot="otp-box" />
        ))}
      </div>
    </div>
  );
}

/**
 * The code in a form's code field (an uncontrolled OtpInput named "code"), read when the form is sent:
 * the code is kept by the input alone, never in React state. Here, not in a module of its own: every
 * step that reads it renders an OtpInput, so it adds no chunk.
 */
export function codeOf(form: HTMLFormElement): string {
  const field = form.elements.namedItem("code");
  return field instanceof HTMLInputElement ? field.value : "";
}
