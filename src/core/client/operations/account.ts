import * as z from "zod/mini";
import type { CodeDeliveryDetails, ConfirmSignUpResponse, SendCodeResponse } from "../../types";
import { type Checked, check, parseEmptyAnswer } from "./check";

// Members the service may send as null (as it does for unset members of other answers).
const text = z.optional(z.nullable(z.string()));

export const wireCodeDelivery = z.optional(
  z.nullable(z.object({ Destination: text, DeliveryMedium: text, AttributeName: text })),
);

const wireSendCode = z.object({ CodeDeliveryDetails: wireCodeDelivery });

export function codeDeliveryOf(wire: z.infer<typeof wireCodeDelivery>): CodeDeliveryDetails | undefined {
  if (!wire) return undefined;
  return {
    destination: wire.Destination ?? undefined,
    deliveryMedium: wire.DeliveryMedium ?? undefined,
    attributeName: wire.AttributeName ?? undefined,
  };
}

function parseSendCode(body: unknown): Checked<SendCodeResponse> {
  const parsed = check(wireSendCode, body);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { codeDeliveryDetails: codeDeliveryOf(parsed.value.CodeDeliveryDetails) } };
}

/** ForgotPassword: where the reset code went (simulated for an unknown user under PreventUserExistenceErrors). */
export const forgotPasswordOperation = { name: "ForgotPassword", parseResponse: parseSendCode } as const;

/** ResendConfirmationCode: where the confirmation code went. */
export const resendConfirmationCodeOperation = {
  name: "ResendConfirmationCode",
  parseResponse: parseSendCode,
} as const;

/** ConfirmForgotPassword: an empty answer; the new password is set, and no tokens come with it. */
export const confirmForgotPasswordOperation = {
  name: "ConfirmForgotPassword",
  parseResponse: parseEmptyAnswer,
} as const;

const wireConfirmSignUp = z.object({ Session: text });

/** ConfirmSignUp: the account is confirmed; a Session for a first sign-in where Cognito gives one. */
export const confirmSignUpOperation = {
  name: "ConfirmSignUp",
  parseResponse(body: unknown): Checked<ConfirmSignUpResponse> {
    const parsed = check(wireConfirmSignUp, body);
    if (!parsed.ok) return parsed;
    return { ok: true, value: { session: parsed.value.Session ?? undefined } };
  },
} as const;
