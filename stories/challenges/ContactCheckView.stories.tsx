import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ContactCheckView } from "../../src/components/ContactCheck/ContactCheckView.lazy";
import { NetworkError } from "../../src/core/client/errors";
import type { ContactDetailsState } from "../../src/core/settings/contacts";
import { cognitoError, customTheme, dark, german } from "../support";

const flow = (change: { pending?: boolean; error?: unknown } = {}) => ({
  pending: false,
  error: undefined,
  continueSignIn: fn(async () => {}),
  heldAccessToken: () => "story-token",
  ...change,
});

const contacts = (change: Partial<ContactDetailsState> = {}) => ({
  status: "ready" as const,
  email: { value: "uma@example.com", verified: false },
  phone_number: { value: undefined, verified: false },
  confirming: undefined,
  done: undefined,
  pending: false,
  error: undefined,
  load: fn(async () => {}),
  change: fn(async () => {}),
  sendCode: fn(async () => {}),
  confirm: fn(async () => {}),
  cancel: fn(),
  ...change,
});

/**
 * Once signed in (`<SignIn checkContact={contactCheck()}>`), for a user with no verified email or phone:
 * the contact to verify, its code, or "Not now". Here with its journey's states handed in.
 */
const meta = {
  title: "Challenges/ContactCheckView",
  component: ContactCheckView,
  args: {
    flow: flow(),
    contacts: contacts(),
    attributes: ["email", "phone_number"],
    defaultCountry: "GB",
  },
} satisfies Meta<typeof ContactCheckView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An email that was never verified: filled in, to keep or correct. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByLabelText("Email");
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await expect(args.contacts.sendCode).toHaveBeenCalledWith("email");
    await userEvent.click(canvas.getByRole("button", { name: "Not now" }));
    await expect(args.flow.continueSignIn).toHaveBeenCalled();
  },
};
/** No contact at all: an empty field, and the phone number one click away. */
export const NoContact: Story = {
  args: { contacts: contacts({ email: { value: undefined, verified: false } }) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Use a phone number instead" }));
    await waitFor(() => expect(canvas.getByRole("textbox", { name: "Phone number" })).toHaveFocus());
    await userEvent.keyboard("07700 900123{Enter}");
    await expect(args.contacts.change).toHaveBeenCalledWith("phone_number", "+447700900123");
  },
};
export const Loading: Story = { args: { contacts: contacts({ status: "loading" }) } };
/** Cognito could not be asked: a retry, and "Not now". */
export const LoadFailed: Story = {
  args: { contacts: contacts({ status: "loading", error: new NetworkError("GetUser") }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent(/connection/i);
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};
/** The code sent to the email. */
export const Code: Story = {
  args: {
    contacts: contacts({
      confirming: {
        attribute: "email",
        delivery: { destination: "u***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
      },
    }),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard("123456{Enter}");
    await expect(args.contacts.confirm).toHaveBeenCalledWith("123456");
  },
};
export const WrongCode: Story = {
  args: {
    contacts: contacts({
      confirming: {
        attribute: "email",
        delivery: { destination: "u***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
      },
      error: cognitoError("CodeMismatchException"),
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code is not right.");
  },
};
/** Verified: said while the sign-in goes on. */
export const Verified: Story = {
  args: {
    contacts: contacts({ email: { value: "uma@example.com", verified: true }, done: "verified" }),
    flow: flow({ pending: true }),
  },
  play: async ({ args, canvasElement }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Verified. Signing you in…");
    await expect(args.flow.continueSignIn).toHaveBeenCalled();
  },
};
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
