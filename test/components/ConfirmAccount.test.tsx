/**
 * <ConfirmAccount> on its own route, by keyboard, against the fake: a code only when asked, the code,
 * done; the way back on every step.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfirmAccount } from "../../src/components/ConfirmAccount";
import { createFakeCognito } from "../../src/testing/index";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

function renderConfirm(username = "cleo") {
  const fake = createFakeCognito({
    users: [
      { username: "cleo", email: "cleo@example.com", password: "Correct-Horse-1", status: "UNCONFIRMED" },
    ],
  });
  const confirmed: string[] = [];
  const back = vi.fn();
  const user = userEvent.setup();
  render(
    <ConfirmAccount
      clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
      username={username}
      onConfirmed={(name) => confirmed.push(name)}
      onBackToSignIn={back}
      resendCooldownSeconds={0}
    />,
  );
  return { fake, confirmed, back, user };
}

describe("<ConfirmAccount>", () => {
  it("by keyboard: a new code where it went, the code, done and back to sign in", async () => {
    const t = renderConfirm();
    expect(screen.getByRole("heading", { name: "Confirm your account" })).toBeVisible();
    // The step has no field: focus starts on its first action.
    await waitFor(() => expect(screen.getByRole("button", { name: "Send me a code" })).toHaveFocus());
    await t.user.keyboard("{Enter}");
    expect(await screen.findByText("We sent a code by email to \u2068c***@e***\u2069.")).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    await t.user.keyboard(`${t.fake.lastCode("cleo")}{Enter}`);
    expect(await screen.findByText("You can sign in now.")).toHaveAttribute("role", "status");
    expect(t.confirmed).toEqual(["cleo"]);
    expect(t.fake.user("cleo")?.status).toBe("CONFIRMED");
    await t.user.click(screen.getByRole("button", { name: "Back to sign in" }));
    expect(t.back).toHaveBeenCalled();
  });

  it("a short code is refused before sending; a wrong one is said with a new code offered", async () => {
    const t = renderConfirm();
    await t.user.click(screen.getByRole("button", { name: "I already have a code" }));
    await t.user.type(await screen.findByLabelText("Code"), "12{Enter}");
    expect(await screen.findByText("Enter the code you were sent.")).toBeVisible();
    expect(t.fake.calls).toEqual([]);
    const code = t.fake.lastCode("cleo") ?? "";
    await t.user.clear(screen.getByLabelText("Code"));
    await t.user.type(screen.getByLabelText("Code"), code === "111111" ? "222222{Enter}" : "111111{Enter}");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/not right/));
    await t.user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByText("We sent a new code.")).toHaveAttribute("role", "status");
    expect(screen.getByLabelText("Code")).toHaveValue("");
  });
});
