/**
 * A one-time code lives in its input alone: typed into any code step, it is in no component's hook state
 * (what React DevTools shows, and what a re-render could leak), yet it is what the step sends.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CodeChallenge } from "../../src/components/CodeChallenge";
import { ResetPassword } from "../../src/components/ResetPassword";
import { TotpEnrollment } from "../../src/components/TotpEnrollment";
import { createFakeCognito } from "../../src/testing/index";
import { hookStateStrings } from "../support/reactState";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const CODE = "482915";
const holdsCode = (container: Element) =>
  hookStateStrings(container).filter((text) => text.includes(CODE.slice(0, 4)));

it("the sign-in's code step", async () => {
  const user = userEvent.setup();
  const onCode = vi.fn();
  const { container } = render(<CodeChallenge name="SMS_MFA" description="" onCode={onCode} />);
  await user.type(screen.getByLabelText("Code"), CODE);
  expect(holdsCode(container)).toEqual([]);
  await user.keyboard("{Enter}");
  expect(onCode).toHaveBeenCalledExactlyOnceWith(CODE);
  expect(holdsCode(container)).toEqual([]);
});

it("the authenticator set-up", async () => {
  const user = userEvent.setup();
  const onVerify = vi.fn();
  const { container } = render(
    <TotpEnrollment name="MFA_SETUP" secretCode="JBSWY3DPEHPK3PXP" account="sam" onVerify={onVerify} />,
  );
  await user.type(screen.getByLabelText("Code from the app"), `${CODE}{Enter}`);
  expect(onVerify).toHaveBeenCalledExactlyOnceWith(CODE, undefined);
  expect(holdsCode(container)).toEqual([]);
});

it("a password reset's code step", async () => {
  const user = userEvent.setup();
  const fake = createFakeCognito({
    users: [{ username: "rhea", email: "rhea@example.com", password: "Correct-Horse-1" }],
  });
  const { container } = render(
    <ResetPassword
      clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
      onReset={() => {}}
      onBackToSignIn={() => {}}
    />,
  );
  await user.type(screen.getByLabelText("Username or email"), "rhea{Enter}");
  await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
  await user.keyboard(CODE);
  expect(screen.getByLabelText("Code")).toHaveValue(CODE);
  expect(holdsCode(container)).toEqual([]);
});
