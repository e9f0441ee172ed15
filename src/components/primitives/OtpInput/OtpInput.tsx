import type { ClipboardEvent, InputHTMLAttributes } from "react";

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
 * One input for a whole one-time code: the browser and password managers can fill it
 * (`autocomplete="one-time-code"`), phones show a digit keyboard, and a pasted code with spaces or
 * dashes ("123 456", "123-456") is kept as its digits. No maxLength: it would cut a pasted
 * "123-456" before the dash could be dropped.
 */
export function OtpInput({ value, onValueChange, length = 6, onComplete, ...input }: OtpInputProps) {
  const accept = (raw: string) => {
    const digits = raw.replace(/\D/g, "").slice(0, length);
    onValueChange(digits);
    if (digits.length === length && digits !== value) onComplete?.(digits);
  };
  return (
    <input
      {...input}
      data-slot="otp"
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
  );
}
