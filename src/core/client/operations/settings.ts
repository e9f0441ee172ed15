// The account-settings operations' readers: they load with the account page that calls them, never with
// a sign-in (see account.ts).
import * as z from "zod/mini";
import type {
  GetUserAttributeVerificationCodeResponse,
  ListDevicesResponse,
  ListUserSessionsResponse,
  UpdateUserAttributesResponse,
} from "../../types";
import { codeDeliveryOf, wireCodeDelivery } from "./account";
import { type Checked, check } from "./check";

const maybe = <S extends z.ZodMiniType>(schema: S) => z.optional(z.nullable(schema));
const text = maybe(z.string());
// Epoch seconds on the wire, as every date in Cognito's answers; milliseconds here.
const date = maybe(z.number());
const millis = (seconds: number | null | undefined) => (seconds == null ? undefined : seconds * 1000);

const wireUpdate = z.object({ CodeDeliveryDetailsList: maybe(z.array(wireCodeDelivery)) });

/** UpdateUserAttributes: where the codes for a changed email or phone went. */
export const updateUserAttributesOperation = {
  name: "UpdateUserAttributes",
  parseResponse(body: unknown): Checked<UpdateUserAttributesResponse> {
    const parsed = check(wireUpdate, body);
    if (!parsed.ok) return parsed;
    const list = (parsed.value.CodeDeliveryDetailsList ?? []).map(codeDeliveryOf);
    return { ok: true, value: { codeDeliveryDetailsList: list.filter((details) => details !== undefined) } };
  },
} as const;

const wireCode = z.object({ CodeDeliveryDetails: wireCodeDelivery });

/** GetUserAttributeVerificationCode: where the code went. */
export const getUserAttributeVerificationCodeOperation = {
  name: "GetUserAttributeVerificationCode",
  parseResponse(body: unknown): Checked<GetUserAttributeVerificationCodeResponse> {
    const parsed = check(wireCode, body);
    return parsed.ok
      ? { ok: true, value: { codeDeliveryDetails: codeDeliveryOf(parsed.value.CodeDeliveryDetails) } }
      : parsed;
  },
} as const;

const wireAttributes = maybe(z.array(z.object({ Name: z.string(), Value: text })));

const wireDevices = z.object({
  Devices: maybe(
    z.array(
      z.object({
        DeviceKey: z.string(),
        DeviceAttributes: wireAttributes,
        DeviceCreateDate: date,
        DeviceLastModifiedDate: date,
        DeviceLastAuthenticatedDate: date,
      }),
    ),
  ),
  PaginationToken: text,
});

/** ListDevices: a page of the user's devices, attributes by name, dates in milliseconds. */
export const listDevicesOperation = {
  name: "ListDevices",
  parseResponse(body: unknown): Checked<ListDevicesResponse> {
    const parsed = check(wireDevices, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: {
        devices: (parsed.value.Devices ?? []).map((device) => ({
          deviceKey: device.DeviceKey,
          attributes: Object.fromEntries(
            (device.DeviceAttributes ?? []).map((attribute) => [attribute.Name, attribute.Value ?? ""]),
          ),
          createdAt: millis(device.DeviceCreateDate),
          lastModifiedAt: millis(device.DeviceLastModifiedDate),
          lastAuthenticatedAt: millis(device.DeviceLastAuthenticatedDate),
        })),
        paginationToken: parsed.value.PaginationToken ?? undefined,
      },
    };
  },
} as const;

const wireSessions = z.object({
  Sessions: maybe(
    z.array(
      z.object({
        SessionId: z.string(),
        SessionType: text,
        ClientId: text,
        CreateDate: date,
        LastActiveDate: date,
        DeviceType: text,
        LastIPAddress: text,
        LastLocation: maybe(z.object({ City: text, Country: text })),
        OriginSessionId: text,
        IsCurrentSession: maybe(z.boolean()),
      }),
    ),
  ),
  NextToken: text,
});

/** ListUserSessions: a page of the user's sessions, the asking one marked, dates in milliseconds. */
export const listUserSessionsOperation = {
  name: "ListUserSessions",
  parseResponse(body: unknown): Checked<ListUserSessionsResponse> {
    const parsed = check(wireSessions, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: {
        sessions: (parsed.value.Sessions ?? []).map((session) => ({
          sessionId: session.SessionId,
          sessionType: session.SessionType ?? undefined,
          clientId: session.ClientId ?? undefined,
          createdAt: millis(session.CreateDate),
          lastActiveAt: millis(session.LastActiveDate),
          deviceType: session.DeviceType ?? undefined,
          lastIpAddress: session.LastIPAddress ?? undefined,
          lastLocation: session.LastLocation
            ? {
                city: session.LastLocation.City ?? undefined,
                country: session.LastLocation.Country ?? undefined,
              }
            : undefined,
          originSessionId: session.OriginSessionId ?? undefined,
          isCurrentSession: session.IsCurrentSession === true,
        })),
        nextToken: parsed.value.NextToken ?? undefined,
      },
    };
  },
} as const;
