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

  it("a wrong code marks the code field, not the new password's", async () => {
    const t = renderReset({ username: "rhea" });
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    await screen.findByLabelText("Code");
    const code = t.fake.lastCode("rhea") ?? "";
    await t.user.type(screen.getByLabelText("Code"), code === "111111" ? "222222" : "111111");
    await t.user.type(screen.getByLabelText("New password"), `${NEW}{Enter}`);
    const said = await screen.findByText("That code is not right. Check it and try again.");
    const codeField = screen.getByLabelText("Code");
    expect(codeField).toHaveAttribute("aria-invalid", "true");
    expect(codeField.getAttribute("aria-describedby")?.split(" ")).toContain(said.id);
    expect(codeField).toHaveAccessibleDescription(/That code is not right/);
    const password = screen.getByLabelText("New password");
    expect(password).not.toHaveAttribute("aria-invalid");
    expect(password).not.toHaveAccessibleDescription(/That code is not right/);
  });

  it("a refused password marks the password field, not the code, and shows Cognito's default rules", async () => {
    // No passwordPolicy from the app: Cognito's default is shown, and said to be the default.
    const t = renderReset({ username: "rhea", passwordPolicy: undefined });
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    await screen.findByLabelText("Code");
    expect(screen.queryByText(/a password needs/)).toBeNull();
    t.fake.failNext("ConfirmForgotPassword", {
      error: "InvalidPasswordException",
      message: "Password does not conform to policy: Password must have symbol characters",
    });
    await t.user.type(screen.getByLabelText("Code"), t.fake.lastCode("rhea") ?? "");
    await t.user.type(screen.getByLabelText("New password"), "weakpassword{Enter}");
    const said = await screen.findByText(
      "That password does not meet the rules. Choose one that meets each of them.",
    );
    const password = screen.getByLabelText("New password");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password.getAttribute("aria-describedby")?.split(" ")).toContain(said.id);
    expect(screen.getByLabelText("Code")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText("Unless this app has rules of its own, a password needs:")).toBeVisible();
    for (const rule of ["at least 8 characters", "an uppercase letter", "a number", "a symbol"])
      expect(screen.getByText(rule)).toBeVisible();
  });

  it("a refused submit fires no second alert: each field's problem is read as the field takes focus", async () => {
    const t = renderReset({ username: "rhea" });
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    await screen.findByLabelText("Code");
    await t.user.click(screen.getByRole("button", { name: "Set new password" }));
    // The step's one live region, still empty: the fields' errors are not live regions of their own.
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(screen.getByRole("alert")).toHaveTextContent("");
    const code = screen.getByLabelText("Code");
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription(/Enter the code you were sent\./);
    expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(/Choose a new password\./);
    // Enter in the field that already has focus: it takes focus again, so it is read again.
    let focused = 0;
    code.addEventListener("focus", () => {
      focused += 1;
    });
    await t.user.keyboard("{Enter}");
    await waitFor(() => expect(focused).toBe(1));
    expect(code).toHaveFocus();
  });

  it("a user without a verified email or phone is told they cannot recover alone", async () => {
    const t = renderReset({ username: "nox" });
    await t.user.click(screen.getByRole("button", { name: "Send me a code" }));
    await screen.findByText(/no verified email address or phone number/);
    expect(screen.getByRole("alert")).toHaveTextContent(/no verified email address or phone number/);
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
