import { useEffect, useState } from "react";

/**
 * Seconds left before a new code may be asked for, counting down once a second; `restart()` starts a
 * new wait. Starts waiting at once when `active` (a code was just sent), so a user cannot flood messages.
 */
export function useCooldown(seconds: number, active: boolean) {
  const [left, setLeft] = useState(active ? seconds : 0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((value) => value - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return [left, () => setLeft(seconds)] as const;
}
