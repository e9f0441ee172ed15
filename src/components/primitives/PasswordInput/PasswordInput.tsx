import { type InputHTMLAttributes, useState } from "react";

export interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  /** Accessible name of the toggle while the password is hidden. */
  showLabel: string;
  /** Accessible name of the toggle while the password is shown. */
  hideLabel: string;
}

/**
 * A password input with a show/hide toggle inside it: an eye drawn in SVG, crossed out while the
 * password shows, on a real button that is keyboard reachable, named, and pressed while it shows.
 */
export function PasswordInput({ showLabel, hideLabel, id, ...input }: PasswordInputProps) {
  const [shown, setShown] = useState(false);
  const label = shown ? hideLabel : showLabel;
  return (
    <div data-slot="password" data-state={shown ? "shown" : "hidden"}>
      <input {...input} id={id} type={shown ? "text" : "password"} spellCheck={false} autoCapitalize="none" />
      <button
        type="button"
        data-slot="reveal"
        aria-controls={id}
        aria-pressed={shown}
        aria-label={label}
        title={label}
        onClick={() => setShown((value) => !value)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12Z" />
          <circle cx="12" cy="12" r="3" />
          {shown ? <path d="M4 4l16 16" /> : null}
        </svg>
      </button>
    </div>
  );
}
