import { useEffect, useState } from "react";

export interface CopyButtonProps {
  /** The text to copy. */
  text: string;
  /** The button's label. */
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

  return (
    <>
      <button type="button" data-slot="copy" data-state={state} onClick={copy}>
        {state === "copied" ? copiedLabel : label}
      </button>
      <span className="cc-visually-hidden" aria-live="polite">
        {state === "copied" ? copiedLabel : state === "failed" ? failedLabel : ""}
      </span>
    </>
  );
}
