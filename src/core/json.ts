/**
 * JSON from the server is hostile until checked: a `__proto__` key must stay data and never become a
 * prototype when the value is later copied with assignment or spread. And `null` means absent: proxies
 * and some backends write `"AuthenticationResult": null` for a member they leave out, and AWS's SDKs
 * read it so, so a null member is dropped and a null list entry skipped.
 */
function reviver(key: string, value: unknown): unknown {
  if (key === "__proto__" || value === null) return undefined;
  // Entries revived to undefined leave holes, which filter skips.
  return Array.isArray(value) ? value.filter(() => true) : value;
}

/**
 * `JSON.parse` that drops `__proto__` keys and null members (see above); `{ ok: false }` for input that
 * is not JSON.
 */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text, reviver) };
  } catch {
    return { ok: false };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Copies only defined entries, so `undefined` never reaches the wire as a key. */
export function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] !== undefined) out[key] = fields[key];
  }
  return out;
}
