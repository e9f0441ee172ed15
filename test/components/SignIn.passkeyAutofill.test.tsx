/**
 * Passkey autofill in <SignIn>: the remembered user's passkeys are offered as a conditional request while
 * the username step shows; choosing one signs in without typing, and typing something else ends the offer.
 */
import { act, screen, waitFor } from "@testing-library/react";
import { scenarios } from "../../src/testing/index";
import { conditionalCredentials } from "../support/conditionalCredentials";
import { renderSignInUi } from "../support/renderSignInUi";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

function renderWithAutofill(props: Parameters<typeof renderSignInUi>[1] = {}) {
  const { credentials, requests } = conditionalCredentials();
  const rendered = renderSignInUi(
    scenarios.passkey,
    { preferredChallenge: undefined, passkeyAutofill: { username: "pia" }, credentials, ...props },
    // Latency, as over a network: each request's pending state renders before its answer.
    { latencyMs: 20 },
  );
  return { ...rendered, requests };
}

/** Lets React and the fake run for a while, so that a request that should not happen would have. */
const settleFor = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

const operations = (rendered: ReturnType<typeof renderWithAutofill>) =>
  rendered.fake.calls.map((call) => call.challengeName ?? call.operation);

it("offers pia's passkey in autofill; choosing it signs in without typing anything", async () => {
  const rendered = renderWithAutofill();
  await waitFor(() => expect(rendered.requests).toHaveLength(1));
  expect(rendered.requests[0]?.options.mediation).toBe("conditional");
  expect(screen.getByLabelText("Username or email")).toHaveValue("");
  expect(screen.getByRole("button", { name: "Continue" })).not.toHaveAttribute("aria-disabled", "true");

  rendered.requests[0]?.choose(rendered.fake.passkeyAssertion("pia") as object);
  expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
  expect(rendered.signedIn).toHaveLength(1);
  expect(operations(rendered)).toEqual(["InitiateAuth", "WEB_AUTHN"]);
});

it("continuing with a typed username ends the offer before anything else is asked", async () => {
  const rendered = renderWithAutofill();
  await waitFor(() => expect(rendered.requests).toHaveLength(1));
  const offer = rendered.requests[0];
  await rendered.user.type(screen.getByLabelText("Username or email"), "pia{Enter}");
  expect(offer?.options.signal?.aborted).toBe(true);

  await screen.findByRole("heading", { name: "How do you want to sign in?" });
  await rendered.user.click(screen.getByRole("button", { name: "Passkey" }));
  await rendered.user.click(await screen.findByRole("button", { name: "Use passkey" }));
  await waitFor(() => expect(rendered.requests).toHaveLength(2));
  // The step's own request is the ordinary, modal one.
  expect(rendered.requests[1]?.options.mediation).toBeUndefined();
  rendered.requests[1]?.choose(rendered.fake.passkeyAssertion("pia") as object);
  expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
});

it("a refused passkey says so, and is offered again only once the user starts again", async () => {
  const rendered = renderWithAutofill();
  await waitFor(() => expect(rendered.requests).toHaveLength(1));
  const assertion = rendered.fake.passkeyAssertion("pia");
  // In act, so that React runs the effects that would offer the passkey again, were it to.
  await act(async () => {
    rendered.requests[0]?.choose({ ...assertion, id: "bm90LWEtcGFzc2tleQ", rawId: "bm90LWEtcGFzc2tleQ" });
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  // A passkey Cognito does not know (not among the user's): said as such. The English loads with it.
  expect(
    await screen.findByText(
      "This passkey is no longer on your account. Sign in another way; you can add a new passkey after.",
    ),
  ).toBeInTheDocument();
  await settleFor(100);
  expect(rendered.requests).toHaveLength(1);
  expect(operations(rendered)).toEqual(["InitiateAuth", "WEB_AUTHN"]);

  // Starting again (here a start that fails at once, leaving the username step) renews the offer.
  rendered.fake.failNext("InitiateAuth", { error: "TooManyRequestsException" });
  await rendered.user.type(screen.getByLabelText("Username or email"), "pia{Enter}");
  expect(await screen.findByText("Too many attempts. Wait a moment and try again.")).toBeInTheDocument();
  await waitFor(() => expect(rendered.requests).toHaveLength(2));
  expect(rendered.requests[1]?.options.mediation).toBe("conditional");
});

it("sends nothing on load without passkeyAutofill, or with a flow that has no passkeys", async () => {
  for (const props of [{ passkeyAutofill: undefined }, { authFlow: "USER_PASSWORD_AUTH" as const }]) {
    const rendered = renderWithAutofill(props);
    await settleFor(100);
    expect(rendered.requests).toEqual([]);
    expect(rendered.fake.calls).toEqual([]);
    rendered.unmount();
  }
});

it("unmounting ends the offer", async () => {
  const rendered = renderWithAutofill();
  await waitFor(() => expect(rendered.requests).toHaveLength(1));
  rendered.unmount();
  expect(rendered.requests[0]?.options.signal?.aborted).toBe(true);
});
