import { useEffect, useState } from "react";

export interface CopyButtonProps {
  /** The text to copy. */
  text: string;
  /** The button's accessible name (and tooltip): it shows an icon. */
  label: string;
  /** Announced (politely) and shown once the text is copied. */
  copiedLabel: string;
  /** Announced when the browser refuses to copy. */
  failedLabel: string;
  /** The clipboard to use; defaults to `navigator.clipboard`. */
  writeText?: (text: string) => Promise<void>;
}

/** A real button (keyboard reachable, announced) that copies text and says that it did. */
export function CopyButton({ text, label, copiedLabel, failedLabel, writeText }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const write =
      writeText ??
      (globalThis.navigator?.clipboard ? (value: string) => navigator.clipboard.writeText(value) : undefined);
    try {
      if (!write) throw new Error("no clipboard");
      await write(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  // The icon button is named by its label; what happened shows beside it as text (and is announced),
  // a failure until the next try, so that sighted users see it too.
  const said = state === "copied" ? copiedLabel : state === "failed" ? failedLabel : "";
  return (
    <>
      <button
        type="button"
        data-slot="copy"
        data-state={state}
        aria-label={label}
        title={label}
        onClick={copy}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {state === "copied" ? (
            <path d="M5 12l5 5 9-10" />
          ) : (
            <>
              <rect x="8" y="8" width="12" height="12" rx="2" />
              <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />
            </>
          )}
        </svg>
      </button>
      <span data-slot="copy-status" data-state={state} aria-live="polite">
        {said}
      </span>
    </>
  );
}
