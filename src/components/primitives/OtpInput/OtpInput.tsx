import type { ClipboardEvent, CSSProperties, InputHTMLAttributes } from "react";

export interface OtpInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "maxLength"> {
  id: string;
  value: string;
  /** Receives digits only, at most `length` of them. */
  onValueChange: (value: string) => void;
  /** How many digits the code has (Cognito's are 6; some Lambdas send 8). */
  length?: number;
  /** Called once the code is complete, for auto-submit. */
  onComplete?: (value: string) => void;
}

/**
 * One input for a whole one-time code, drawn as a box per digit: the browser and password managers can
 * fill it (`autocomplete="one-time-code"`), phones show a digit keyboard, screen readers meet one field
 * with one label, and typing, backspace, selection and paste are the input's own. The boxes only draw
 * its value (`aria-hidden`); the input lies over them, its text transparent, so taps and clicks reach it.
 * A pasted code with spaces or dashes ("123 456", "123-456") is kept as its digits. No maxLength: it
 * would cut a pasted "123-456" before the dash could be dropped.
 */
export function OtpInput({ value, onValueChange, length = 6, onComplete, ...input }: OtpInputProps) {
  const accept = (raw: string) => {
    const digits = raw.replace(/\D/g, "").slice(0, length);
    onValueChange(digits);
    if (digits.length === length && digits !== value) onComplete?.(digits);
  };
  // The box the next digit goes in; the last one once the code is complete.
  const active = Math.min(value.length, length - 1);
  return (
    <div data-slot="otp" style={{ "--cc-otp-length": length } as CSSProperties}>
      <input
        {...input}
        data-slot="otp-input"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern={`[0-9]{${length}}`}
        value={value}
        onChange={(event) => accept(event.target.value)}
        onPaste={(event: ClipboardEvent<HTMLInputElement>) => {
          const pasted = event.clipboardData.getData("text");
          if (!pasted) return;
          event.preventDefault();
          accept(pasted);
        }}
      />
      <div data-slot="otp-boxes" aria-hidden="true">
        {Array.from({ length }, (_, index) => (
          <span
            // The boxes never reorder: their place is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            data-slot="otp-box"
            data-state={index === active ? "active" : index < value.length ? "filled" : "empty"}
          >
            {value[index] ?? ""}
          </span>
        ))}
      </div>
    </div>
  );
}
