// The checking every reader shares, apart from wire.ts: the account readers, which load with the
// account steps, need this and nothing that reaches the first load's json module (ARCHITECTURE.md).
import * as z from "zod/mini";
import type { ValidationIssue } from "../errors";

// RevokeToken, GlobalSignOut and UpdateDeviceStatus answer an empty object; any object is accepted and
// nothing is read from it.
const wireEmpty = z.object({});

/** The reader of an answer that carries nothing. */
export function parseEmptyAnswer(body: unknown): Checked<void> {
  return wireEmpty.safeParse(body).success
    ? { ok: true, value: undefined }
    : { ok: false, issues: [{ path: "", message: "expected object" }] };
}

/** Result of checking a parsed body: the camelCase value, or the issues found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Runs a zod schema and reports issues as paths and expectations only (values may be secrets). */
export function check<S extends z.ZodMiniType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: "expected" in issue ? `expected ${String(issue.expected)}` : issue.code,
    })),
  };
}
