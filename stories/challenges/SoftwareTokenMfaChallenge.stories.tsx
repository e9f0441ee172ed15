import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, within } from "storybook/test";
import { SoftwareTokenMfaChallenge } from "../../src/components/SoftwareTokenMfaChallenge";
import { challenge, cognitoError, customTheme, dark, german } from "../support";
import { playCode } from "./codeStory";

const meta = {
  title: "Challenges/SoftwareTokenMfaChallenge",
  component: SoftwareTokenMfaChallenge,
  args: {
    challenge: challenge("SOFTWARE_TOKEN_MFA", { FRIENDLY_DEVICE_NAME: "Zoë's phone" }),
    onAnswer: fn(),
  },
} satisfies Meta<typeof SoftwareTokenMfaChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async (context) => {
    await expect(
      within(context.canvasElement).getByText("Enter the code from your authenticator app on Zoë's phone."),
    ).toBeVisible();
    await playCode(context);
  },
};
export const WithoutDeviceName: Story = { args: { challenge: challenge("SOFTWARE_TOKEN_MFA") } };
export const Pending: Story = { args: { pending: true } };
export const WrongCode: Story = { args: { error: cognitoError("CodeMismatchException") } };
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
