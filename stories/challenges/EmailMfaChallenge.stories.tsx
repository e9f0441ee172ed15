import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, within } from "storybook/test";
import { EmailMfaChallenge } from "../../src/components/SentCodeChallenge";
import { challenge, cognitoError, customTheme, dark, german, rightToLeft } from "../support";
import { email, longDestination, playCode } from "./codeStory";

const meta = {
  title: "Challenges/EmailMfaChallenge",
  component: EmailMfaChallenge,
  args: { challenge: challenge("EMAIL_MFA", email), onAnswer: fn() },
} satisfies Meta<typeof EmailMfaChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: playCode };
export const AutoSubmit: Story = { args: { autoSubmit: true } };
export const Pending: Story = { args: { pending: true } };
export const WrongCode: Story = {
  args: { error: cognitoError("CodeMismatchException") },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code is not right.");
  },
};
export const ExpiredCode: Story = { args: { error: cognitoError("ExpiredCodeException") } };
export const TooManyRequests: Story = { args: { error: cognitoError("TooManyRequestsException") } };
export const SessionExpired: Story = {
  args: {
    error: cognitoError("NotAuthorizedException", "Invalid session for the user, session is expired."),
  },
};
export const LongNonAsciiDestination: Story = {
  args: { challenge: challenge("EMAIL_MFA", { ...email, CODE_DELIVERY_DESTINATION: longDestination }) },
};
export const NoDestination: Story = { args: { challenge: challenge("EMAIL_MFA") } };
export const RightToLeft: Story = {
  ...rightToLeft,
  args: {
    messages: {
      "code.label": "الرمز",
      "common.submit": "متابعة",
      "code.hint": "أدخل الرمز المكون من {length} أرقام.",
    },
  },
};
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
