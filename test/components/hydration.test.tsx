/**
 * A server-rendered step hydrates without a mismatch, and only then can it be submitted: before, its
 * submit buttons are disabled (see test/ssr and scripts/no-js-e2e.mjs for what that prevents).
 */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { SignIn } from "../../src/components/SignIn";
import { createFakeCognito, scenarios } from "../../src/testing/index";

it("hydrates without a mismatch; then the guard is gone and Enter signs in", async () => {
  const fake = createFakeCognito(scenarios.passwordOnly.options());
  const signedIn = vi.fn();
  const element = (
    <SignIn
      clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
      preferredChallenge="PASSWORD"
      onSignedIn={signedIn}
    />
  );
  const container = document.createElement("div");
  container.innerHTML = renderToString(element);
  document.body.append(container);
  expect(container.querySelectorAll("button[type=submit]:disabled")).toHaveLength(2);

  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const root = await act(async () => hydrateRoot(container, element));
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
  expect(container.querySelectorAll("button[type=submit]")).toHaveLength(1);
  expect(screen.getByRole("button", { name: "Continue" })).toBeEnabled();

  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Username or email"), "alice");
  await user.type(screen.getByLabelText("Password"), "Correct-Horse-1{Enter}");
  await vi.waitFor(() => expect(signedIn).toHaveBeenCalledTimes(1));
  act(() => root.unmount());
  container.remove();
});
