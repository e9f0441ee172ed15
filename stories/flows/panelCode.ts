import { expect, waitFor, within } from "storybook/test";

/**
 * The code the fake Cognito outbox shows (the last one sent, or the authenticator's), once there is one;
 * with `destination`, once the last one sent went there (an earlier user's may show first).
 */
export async function panelCode(
  canvasElement: HTMLElement,
  testId: "last-code" | "totp-code",
  destination?: string,
): Promise<string> {
  let code = "";
  await waitFor(() => {
    const shown = within(canvasElement).getByTestId(testId);
    if (destination) expect(shown).toHaveTextContent(destination);
    code = shown.querySelector("code")?.textContent ?? "";
    expect(code).toMatch(/^\d{6}$/);
  });
  return code;
}

/** A code the outbox shows that is not `previous`: the one sent after it (the outbox shows each as it is sent). */
export async function nextPanelCode(canvasElement: HTMLElement, previous: string): Promise<string> {
  let code = "";
  await waitFor(async () => {
    code = await panelCode(canvasElement, "last-code");
    expect(code).not.toBe(previous);
  });
  return code;
}
