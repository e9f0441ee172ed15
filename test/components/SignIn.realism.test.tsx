/**
 * <SignIn> on what the real service sends beside the tidy shape: each case ends signed in, or on a
 * screen that says what happened and offers a way on. The whole flows also run under the fake's
 * realism in SignIn.flows.test.tsx.
 */
import { screen, waitFor } from "@testing-library/react";
import { scenarios } from "../../src/testing/index";
import { renderSignInUi } from "../support/renderSignInUi";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";

async function identify(rendered: ReturnType<typeof renderSignInUi>, username: string) {
  await rendered.user.click(screen.getByLabelText("Username or email"));
  await rendered.user.keyboard(`${username}{Enter}`);
}

describe("<SignIn> on the real service's variety", () => {
  it("a choice whose factors are all unknown to us: the 'not supported' step, and a restart that works", async () => {
    const rendered = renderSignInUi(scenarios.choice, {}, { realism: true });
    rendered.fake.failNext("InitiateAuth", {
      response: {
        status: 200,
        headers: { "content-type": "application/x-amz-json-1.1" },
        body: JSON.stringify({
          ChallengeName: "SELECT_CHALLENGE",
          Session: "s".repeat(1200),
          ChallengeParameters: { USER_ID_FOR_SRP: "zoe" },
          AvailableChallenges: ["FACE_ID", "CARRIER_PIGEON"],
          AuthenticationResult: null,
        }),
      },
    });
    await identify(rendered, "zoe@example.com");
    await screen.findByRole("heading", { name: "This sign-in step is not supported" });
    await rendered.user.click(screen.getByRole("button", { name: "Start again" }));
    // Back on the username, kept; this time Cognito offers what we know.
    expect(await screen.findByLabelText("Username or email")).toHaveValue("zoe@example.com");
    await rendered.user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "How do you want to sign in?" });
    await rendered.user.click(screen.getByRole("button", { name: "Password" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Password")));
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
  });

  it("an error told only in headers shows its own message, and the user can try again", async () => {
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      { preferredChallenge: "PASSWORD" },
      { realism: true },
    );
    rendered.fake.failNext("InitiateAuth", {
      response: {
        status: 400,
        headers: {
          "x-amzn-errortype":
            "TooManyRequestsException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/",
          "x-amzn-errormessage": "Rate exceeded",
        },
        body: "",
      },
    });
    await rendered.user.click(screen.getByLabelText("Username or email"));
    await rendered.user.keyboard("alice");
    await rendered.user.tab();
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/too many/i));
    await rendered.user.click(screen.getByLabelText("Password"));
    await rendered.user.keyboard("{Enter}");
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
  });

  it("a refused answer in each error style shows the same message", async () => {
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      { preferredChallenge: "PASSWORD" },
      { realism: true },
    );
    await rendered.user.click(screen.getByLabelText("Username or email"));
    await rendered.user.keyboard("alice");
    await rendered.user.tab();
    for (let turn = 0; turn < 3; turn++) {
      await rendered.user.keyboard(`wrong-${turn}{Enter}`);
      // The request went out, and its answer (message, Message, then headers only) was read the same way.
      await waitFor(() => expect(rendered.fake.calls).toHaveLength(turn + 1));
      await waitFor(() =>
        expect(screen.getByRole("alert")).toHaveTextContent("Incorrect username or password."),
      );
      await waitFor(() => expect(screen.getByLabelText("Password")).toBeEnabled());
      await rendered.user.clear(screen.getByLabelText("Password"));
    }
    expect(rendered.fake.calls).toHaveLength(3);
  });

  it("email MFA offered as EMAIL_MFA, after SRP with no USER_ID_FOR_SRP: chosen and answered, signed in", async () => {
    const rendered = renderSignInUi(scenarios.smsOrEmailMfa, {}, { realism: true });
    await rendered.user.click(screen.getByLabelText("Username or email"));
    await rendered.user.keyboard("mia@example.com");
    await rendered.user.tab();
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    await screen.findByRole("heading", { name: "Choose how to verify it's you" });
    await rendered.user.click(screen.getByRole("button", { name: "Email" }));
    await screen.findByRole("heading", { name: "Enter your code" });
    await rendered.user.keyboard(`${rendered.fake.lastCode("mia")}{Enter}`);
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
    expect(rendered.fake.calls.map((call) => call.challengeName ?? call.authFlow)).toEqual([
      "USER_AUTH",
      "PASSWORD_VERIFIER",
      "SELECT_MFA_TYPE",
      "EMAIL_OTP",
    ]);
  });

  it.each([
    [
      "SerializationException, unknown to the operation",
      400,
      { __type: "SerializationException", Message: "Unexpected type" },
      "Sign-in failed. Try again.",
    ],
    [
      "InvalidParameterException with a reasonCode",
      400,
      { __type: "InvalidParameterException", message: "Bad", reasonCode: "INVALID_PARAMETER" },
      undefined,
    ],
    [
      "InternalErrorException as HTTP 500",
      500,
      { __type: "InternalErrorException", message: "Internal" },
      undefined,
    ],
  ])("%s: a message on the step, and trying again signs in", async (_case, status, body, text) => {
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      { preferredChallenge: "PASSWORD" },
      { realism: true },
    );
    rendered.fake.failNext("InitiateAuth", { response: { status, headers: {}, body: JSON.stringify(body) } });
    await rendered.user.click(screen.getByLabelText("Username or email"));
    await rendered.user.keyboard("alice");
    await rendered.user.tab();
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    const alert = await waitFor(() => {
      const found = screen.getByRole("alert");
      expect(found.textContent).not.toBe("");
      return found;
    });
    if (text) expect(alert).toHaveTextContent(text);
    expect(alert.textContent).not.toMatch(/does not understand/);
    await rendered.user.click(screen.getByLabelText("Password"));
    await rendered.user.keyboard("{Enter}");
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
  });
});
