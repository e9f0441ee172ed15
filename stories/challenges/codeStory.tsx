import { expect, userEvent, within } from "storybook/test";

export const sms = { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0100" };
export const email = { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "z***@e***" };
export const longDestination = "+**********************************4567 (Zoë Bérénice Łukasiewicz-Ødegård)";

/** The play every code step shares: focus on the code field, a pasted code with a space, Enter. */
export async function playCode({
  args,
  canvasElement,
}: {
  args: { onAnswer: unknown };
  canvasElement: HTMLElement;
}) {
  await expect(within(canvasElement).getByRole("textbox")).toHaveFocus();
  await userEvent.paste("123 456");
  await userEvent.keyboard("{Enter}");
  await expect(args.onAnswer).toHaveBeenCalledWith({ code: "123456" });
}
