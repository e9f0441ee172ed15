/**
 * A signed-in user's email and phone, as a journey for an account page: what they are and whether each is
 * verified (GetUser); a change (UpdateUserAttributes), which sends the new one a code; a code asked for an
 * unverified one (GetUserAttributeVerificationCode); and the code that verifies it (VerifyUserAttribute).
 * Where the pool verifies before updating, the old value stays in use until then. The code is an
 * action's argument, never state; the access token is in the options. `createContactDetails` and
 * `useContactDetails` run it.
 */
import { getUserCommand } from "../commands/getUser";
import { getUserAttributeVerificationCodeCommand } from "../commands/getUserAttributeVerificationCode";
import { updateUserAttributesCommand } from "../commands/updateUserAttributes";
import { verifyUserAttributeCommand } from "../commands/verifyUserAttribute";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { CodeDeliveryDetails } from "../types";

export type ContactAttribute = "email" | "phone_number";

export interface ContactDetailsOptions {
  /** The signed-in user's access token. */
  accessToken: string;
}

export type CreateContactDetailsOptions = ContactDetailsOptions & RuntimeOptions;

/** One contact as Cognito has it. */
export interface Contact {
  value: string | undefined;
  verified: boolean;
}

export interface ContactDetailsState {
  /** loading: asking Cognito; ready: shown. */
  status: "loading" | "ready";
  email: Contact;
  phone_number: Contact;
  /** A code is on its way to this attribute: to `newValue` after a change, else to the current value. */
  confirming:
    | { attribute: ContactAttribute; delivery: CodeDeliveryDetails | undefined; newValue?: string }
    | undefined;
  /** What was last done, to say: a contact verified, a new code sent. */
  done: "verified" | "sent" | undefined;
  pending: boolean;
  error: unknown;
}

export interface ContactDetailsActions {
  /** Asks Cognito for the user's email and phone (again). */
  load(): Promise<void>;
  /** Changes the email or phone: Cognito sends the new one a code, then `confirm` takes it. */
  change(attribute: ContactAttribute, value: string): Promise<void>;
  /** Sends a code to verify the attribute (again, while confirming: a new code). */
  sendCode(attribute: ContactAttribute): Promise<void>;
  /** The code the attribute was sent: it is verified (a changed one takes effect). */
  confirm(code: string): Promise<void>;
  /** Stops confirming: a changed value stays pending at Cognito until a code is confirmed. */
  cancel(): void;
}

export type ContactDetailsStore = JourneyStore<
  ContactDetailsState,
  ContactDetailsOptions,
  ContactDetailsActions
>;

const none: Contact = { value: undefined, verified: false };

/** The email and phone, as a journey: `createContactDetails` and `useContactDetails` run it. */
export const contactDetails: JourneyDefinition<
  ContactDetailsState,
  ContactDetailsOptions,
  ContactDetailsActions
> = {
  initial: () => ({
    status: "loading",
    email: none,
    phone_number: none,
    confirming: undefined,
    done: undefined,
    pending: false,
    error: undefined,
  }),
  actions: ({ getState: state, update, options, send, run, cancel }) => {
    const token = () => options().accessToken;
    async function read(signal: AbortSignal) {
      const { userAttributes } = await send(getUserCommand, { accessToken: token() }, { signal });
      const contact = (name: ContactAttribute): Contact => ({
        value: userAttributes[name] || undefined,
        verified: userAttributes[`${name}_verified`] === "true",
      });
      if (!signal.aborted)
        update({
          status: "ready",
          email: contact("email"),
          phone_number: contact("phone_number"),
          pending: false,
        });
    }
    return {
      load: () => run(read),
      change: (attribute, value) =>
        run(async (signal) => {
          const { codeDeliveryDetailsList } = await send(
            updateUserAttributesCommand,
            { accessToken: token(), userAttributes: { [attribute]: value } },
            { signal },
          );
          if (signal.aborted) return;
          const delivery = codeDeliveryDetailsList.find((details) => details.attributeName === attribute);
          update({ confirming: { attribute, delivery, newValue: value }, done: undefined });
          await read(signal);
        }),
      sendCode: (attribute) =>
        run(async (signal) => {
          const { codeDeliveryDetails } = await send(
            getUserAttributeVerificationCodeCommand,
            { accessToken: token(), attributeName: attribute },
            { signal },
          );
          if (signal.aborted) return;
          const again = state().confirming?.attribute === attribute;
          update({
            confirming: { ...state().confirming, attribute, delivery: codeDeliveryDetails },
            done: again ? "sent" : undefined,
            pending: false,
          });
        }),
      confirm: (code) =>
        run(async (signal) => {
          const attribute = state().confirming?.attribute;
          if (!attribute) return;
          await send(
            verifyUserAttributeCommand,
            { accessToken: token(), attributeName: attribute, code },
            { signal },
          );
          if (signal.aborted) return;
          update({ confirming: undefined, done: "verified" });
          await read(signal);
        }),
      cancel() {
        cancel();
        update({ confirming: undefined, done: undefined, pending: false, error: undefined });
      },
    };
  },
};
