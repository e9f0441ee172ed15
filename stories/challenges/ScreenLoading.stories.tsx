import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { type LazyScreen, lazyScreen } from "../../src/components/ChallengeView/lazyScreen";
import { ScreenBoundary } from "../../src/components/ChallengeView/ScreenBoundary";
import type { PasswordChallenge, PasswordChallengeProps } from "../../src/components/PasswordChallenge";
import { challenge, dark, german } from "../support";

/**
 * What <SignIn> shows while a step's screen is on its way (it loads the first time a sign-in reaches
 * it), and when its code does not arrive. The loaders here stand in for the import() of a chunk.
 */
const neverArrives = lazyScreen(() => new Promise<typeof PasswordChallenge>(() => {}));
const cannotLoad = () =>
  lazyScreen<PasswordChallengeProps>(() =>
    Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
  );

function Step({
  screen: Screen,
  onRestart,
}: {
  /** The screen that is loading. */
  screen: LazyScreen<PasswordChallengeProps>;
  onRestart?: () => void;
}) {
  return (
    <ScreenBoundary onRestart={onRestart}>
      <Screen challenge={challenge<"PASSWORD">("PASSWORD")} onAnswer={() => {}} />
    </ScreenBoundary>
  );
}

const meta = {
  title: "Challenges/Screen loading",
  component: Step,
  args: { screen: neverArrives, onRestart: fn() },
} satisfies Meta<typeof Step>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Loading…");
    await expect(canvas.getByRole("heading", { name: "Sign in" })).toBeVisible();
  },
};
export const LoadFailed: Story = {
  args: { screen: cannotLoad() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const said = await canvas.findByText(/Part of the sign-in could not be loaded\./);
    await expect(said.closest('[role="alert"]')).not.toBeNull();
    await expect(canvas.getByRole("button", { name: "Try again" })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.onRestart).toHaveBeenCalled();
  },
};
export const LoadFailedDark: Story = { ...dark, args: { screen: cannotLoad() } };
export const LoadFailedGerman: Story = { ...german, args: { screen: cannotLoad() } };
export const LoadingDark: Story = { ...dark };
