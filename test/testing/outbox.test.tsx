/**
 * The fake hands over its codes: `onDelivery` and `subscribe` tell of each code as it is "sent",
 * <FakeCognitoOutbox> shows them as they arrive, and `fakeSignInProps` makes a scenario's <SignIn> props.
 */
import { act, render, screen, within } from "@testing-library/react";
import { FakeCognitoOutbox } from "../../src/components/FakeCognitoOutbox";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type Delivery, fakeSignInProps, scenarios } from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const clientOf = (fake: ReturnType<typeof createFakeCognito>) =>
  createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });

/** Asks for zoe's text-message code, as SELECT_CHALLENGE's answer would. */
async function sendSmsCode(fake: ReturnType<typeof createFakeCognito>) {
  const client = clientOf(fake);
  const first = await client.initiateAuth({
    authFlow: "USER_AUTH",
    authParameters: { USERNAME: "zoe@example.com", PREFERRED_CHALLENGE: "SMS_OTP" },
  });
  expect(first.challengeName).toBe("SMS_OTP");
}

describe("the fake's codes, as they go out", () => {
  it("onDelivery and subscribe are told of each code, with where it went and what for", async () => {
    const told: Delivery[] = [];
    const fake = createFakeCognito({ ...scenarios.choice.options(), onDelivery: (d) => told.push(d) });
    const subscribed: Delivery[] = [];
    const stop = fake.subscribe((d) => subscribed.push(d));
    await sendSmsCode(fake);
    expect(told).toEqual([
      {
        username: "zoe",
        medium: "SMS",
        destination: "+15555550100",
        code: fake.lastCode("zoe"),
        challengeName: "SMS_OTP",
      },
    ]);
    expect(subscribed).toEqual(told);
    stop();
    await sendSmsCode(fake);
    expect(told).toHaveLength(2);
    expect(subscribed).toHaveLength(1);
  });

  it("a listener that throws does not break the call that sent the code", async () => {
    const fake = createFakeCognito(scenarios.choice.options());
    fake.subscribe(() => {
      throw new Error("a listener's bug");
    });
    const reported = vi.spyOn(console, "error").mockImplementation(() => {});
    await sendSmsCode(fake);
    expect(fake.deliveries).toHaveLength(1);
    expect(reported).toHaveBeenCalledWith(
      expect.stringContaining("listener threw"),
      new Error("a listener's bug"),
    );
    reported.mockRestore();
  });

  it("fakeSignInProps passes the scenario's flow, first factor and SRP on, with the fake's ids", () => {
    const fake = createFakeCognito(scenarios.smsOrEmailMfa.options());
    expect(fakeSignInProps(fake, scenarios.smsOrEmailMfa)).toEqual({
      clientOptions: {
        clientId: fake.clientId,
        userPoolId: fake.userPoolId,
        endpoint: "http://fake-cognito.invalid/",
        fetch: fake,
      },
      authFlow: "USER_AUTH",
      preferredChallenge: "PASSWORD",
      srp: true,
    });
    expect(fakeSignInProps(fake, scenarios.totpSetup)).toEqual({
      clientOptions: expect.objectContaining({ fetch: fake }),
      authFlow: "USER_PASSWORD_AUTH",
    });
  });
});

describe("<FakeCognitoOutbox>", () => {
  it("says who to sign in as, then shows each code as it is sent, newest first", async () => {
    const fake = createFakeCognito(scenarios.choice.options());
    render(<FakeCognitoOutbox fake={fake} scenario={scenarios.choice} />);
    const outbox = screen.getByRole("complementary", { name: "Fake Cognito outbox" });
    expect(outbox).toHaveTextContent("Sign in as zoe@example.com with the password Correct-Horse-1.");
    expect(within(outbox).getByTestId("last-code")).toHaveTextContent("No code sent yet.");
    await act(() => sendSmsCode(fake));
    const first = fake.lastCode("zoe") ?? "";
    expect(within(outbox).getByTestId("last-code")).toHaveTextContent(
      `Text message to +15555550100: ${first}`,
    );
    await act(() => sendSmsCode(fake));
    const second = fake.lastCode("zoe") ?? "";
    expect(within(outbox).getByTestId("last-code")).toHaveTextContent(second);
    expect(outbox).toHaveTextContent(first);
  });
});
