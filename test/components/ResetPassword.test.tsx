/**
 * <ResetPassword> on its own route, by keyboard, against the fake: a forgotten password, a reset Cognito
 * requires (with the code an administrator's reset already sent), a user who cannot recover alone, and
 * an unknown user who sees exactly what a known one sees.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ResetPassword } from "../../src/components/ResetPassword";
import { createFakeCognito, type FakeCognitoOptions } from "../../src/testing/index";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";
const NEW = "Brand-New-Pass-2";

function renderReset(
  props: Partial<Parameters<typeof ResetPassword>[0]> = {},
  options: Partial<FakeCognitoOptions> = {},
) {
  const fake = createFakeCognito({
    users: [
      { username: "rhea", email: "rhea@example.com", password: PASSWORD },
      { username: "ray", email: "ray@example.com", password: PASSWORD, status: "RESET_REQUIRED" },
      { username: "nox", email: "nox@example.com", password: PASSWORD, contactVerified: false },
    ],
    ...options,
  });
  const reset: { username: string; password: string }[] = [];
  const back = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <ResetPassword
      clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
      onReset={(username, password) => reset.push({ username, password })}
      onBackToSignIn={back}
      passwordPolicy={{ minLength: 10, requireNumbers: true }}
      {...props}
    />,
  );
  return { fake, reset, back, user, view };
}

describe("<ResetPassword>", () => {
  it("forgot password by keyboard: a code where it went, the code and a new password, done", async () => {
    const t = renderReset();
    await t.user.click(screen.getByLabelText("Username or email"));
    await t.user.keyboard("rhea{Enter}");
    expect(
      await screen.findByText("If an account matches, we sent a code by email to \u2068r***@e***\u2069."),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    // A short password is refused before anything is sent, under its field.
    await t.user.keyboard(t.fake.lastCode("rhea") ?? "");
    await t.user.tab();
    await t.user.keyboard("short{Enter}");
    expect(await screen.findByText("The password does not meet all the rules yet.")).toBeVisible();
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["ForgotPassword"]);
    await t.user.clear(screen.getByLabelText("New password"));
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    expect(await screen.findByText("You can sign in with your new password now.")).toBeVisible();
    expect(t.reset).toEqual([{ username: "rhea", password: NEW }]);
    await t.user.click(screen.getByRole("button", { name: "Back to sign in" }));
    expect(t.back).toHaveBeenCalled();
  });

  it("a reset Cognito requires: 'I already have a code' sends no ForgotPassword", async () => {
    const t = renderReset({ username: "ray", required: true });
    expect(screen.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await t.user.click(screen.getByRole("button", { name: "I already have a code" }));
    expect(await screen.findByText("Enter the code you were sent, and choose a new password.")).toBeVisible();
    await t.user.type(screen.getByLabelText("Code"), t.fake.lastCode("ray") ?? "");
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    expect(await screen.findByText("You can sign in with your new password now.")).toBeVisible();
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["ConfirmForgotPassword"]);
  });

  it("a wrong code is said on the code step, which offers a new code", async () => {
    const t = renderReset({ username: "rhea", resendCooldownSeconds: 0 });
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    await screen.findByLabelText("Code");
    const code = t.fake.lastCode("rhea") ?? "";
    await t.user.type(screen.getByLabelText("Code"), code === "111111" ? "222222" : "111111");
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    expect(await screen.findByText("That code is not right. Check it and try again.")).toBeVisible();
    await t.user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByText("We sent a new code.")).toHaveAttribute("role", "status");
  });

  it("a user without a verified email or phone is told they cannot recover alone", async () => {
    const t = renderReset({ username: "nox" });
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    expect(await screen.findByText(/no verified email address or phone number/)).toHaveAttribute(
      "role",
      "alert",
    );
    // The way back stays.
    expect(screen.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
  });

  it("an unknown user sees exactly the screens a known one sees", async () => {
    const screens: string[] = [];
    for (const username of ["rhea@example.com", "ghost@example.com"]) {
      const t = renderReset({ username });
      await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
      await screen.findByLabelText("Code");
      screens.push(
        (t.view.container.querySelector("[data-slot=step]")?.textContent ?? "").replace(
          /\u2068.*\u2069/,
          "…",
        ),
      );
      t.view.unmount();
    }
    expect(screens[1]).toBe(screens[0]);
  });
});
