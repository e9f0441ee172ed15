import * as z from "zod/mini";
import type { SignUpResponse } from "../../types";
import { codeDeliveryOf, wireCodeDelivery } from "./account";
import { type Checked, check } from "./check";

// Its own module: the sign-in's account steps load account.ts, and an app that never signs anyone up
// should not carry this reader there (a zod schema is a call esbuild keeps).
const wireSignUp = z.object({
  UserConfirmed: z.boolean(),
  UserSub: z.string(),
  CodeDeliveryDetails: wireCodeDelivery,
  Session: z.optional(z.nullable(z.string())),
});

/** SignUp: whether the account is confirmed already, its sub, where the code went, and a Session. */
export const signUpOperation = {
  name: "SignUp",
  parseResponse(body: unknown): Checked<SignUpResponse> {
    const parsed = check(wireSignUp, body);
    if (!parsed.ok) return parsed;
    const wire = parsed.value;
    return {
      ok: true,
      value: {
        userConfirmed: wire.UserConfirmed,
        userSub: wire.UserSub,
        codeDeliveryDetails: codeDeliveryOf(wire.CodeDeliveryDetails),
        session: wire.Session ?? undefined,
      },
    };
  },
} as const;
