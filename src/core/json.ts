/**
 * JSON from the server is hostile until checked: a `__proto__` key must stay data and never become a
 * prototype when the value is later copied with assignment or spread.
 */
function dropPrototypeKeys(key: string, value: unknown): unknown {
  return key === "__proto__" ? undefined : value;
}

/** `JSON.parse` that drops `__proto__` keys; returns `undefined` for input that is not JSON. */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text, dropPrototypeKeys) };
  } catch {
    return { ok: false };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
