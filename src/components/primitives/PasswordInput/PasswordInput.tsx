import { type InputHTMLAttributes, useState } from "react";

export interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  /** Accessible name of the toggle while the password is hidden. */
  showLabel: string;
  /** Accessible name of the toggle while the password is shown. */
  hideLabel: string;
}

/** A password input with a show/hide toggle that is a real, keyboard-reachable button. */
export function PasswordInput({ showLabel, hideLabel, id, ...input }: PasswordInputProps) {
  const [shown, setShown] = useState(false);
  return (
    <div data-slot="password" data-state={shown ? "shown" : "hidden"}>
      <input {...input} id={id} type={shown ? "text" : "password"} spellCheck={false} autoCapitalize="none" />
      <button
        type="button"
        aria-controls={id}
        aria-pressed={shown}
        onClick={() => setShown((value) => !value)}
      >
        {shown ? hideLabel : showLabel}
      </button>
    </div>
  );
}
