// @vitest-environment node
/**
 * The account operations' answers, read as the real service sends them: where a code went (also with
 * the null members the service sends for unset ones), ConfirmSignUp's Session, and an answer of the
 * wrong shape, which is a typed validation error rather than a half-read object.
 */
import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
} from "../../src/core/account/operations";
import { createCognitoClient } from "../../src/core/client/client";
import { CognitoError, ResponseValidationError } from "../../src/core/client/errors";
import { recordingFetch } from "../support/recordingFetch";

const client = (...replies: Parameters<typeof recordingFetch>) =>
  createCognitoClient({ clientId: "c", region: "us-east-1", fetch: recordingFetch(...replies).fetch });

const delivery = {
  CodeDeliveryDetails: { Destination: "z***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" },
};

describe("account operations", () => {
  it("ForgotPassword and ResendConfirmationCode say where the code went", async () => {
    const expected = {
      codeDeliveryDetails: { destination: "z***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
    };
    await expect(forgotPassword(client({ body: delivery }), { username: "zoe" })).resolves.toEqual(expected);
    await expect(resendConfirmationCode(client({ body: delivery }), { username: "zoe" })).resolves.toEqual(
      expected,
    );
  });

  it("reads null members as absent", async () => {
    const answer = { CodeDeliveryDetails: { Destination: null, DeliveryMedium: "SMS", AttributeName: null } };
    await expect(forgotPassword(client({ body: answer }), { username: "zoe" })).resolves.toEqual({
      codeDeliveryDetails: { destination: undefined, deliveryMedium: "SMS", attributeName: undefined },
    });
    await expect(
      forgotPassword(client({ body: { CodeDeliveryDetails: null } }), { username: "zoe" }),
    ).resolves.toEqual({ codeDeliveryDetails: undefined });
  });

  it("ConfirmForgotPassword answers nothing; ConfirmSignUp may give a Session", async () => {
    await expect(
      confirmForgotPassword(client({ body: {} }), { username: "z", confirmationCode: "1", password: "p" }),
    ).resolves.toBeUndefined();
    await expect(
      confirmSignUp(client({ body: { Session: "s-1" } }), { username: "z", confirmationCode: "1" }),
    ).resolves.toEqual({ session: "s-1" });
    await expect(
      confirmSignUp(client({ body: { Session: null } }), { username: "z", confirmationCode: "1" }),
    ).resolves.toEqual({ session: undefined });
  });

  it("an answer of the wrong shape is a validation error; an exception is typed by operation", async () => {
    await expect(
      forgotPassword(client({ body: { CodeDeliveryDetails: { Destination: 5 } } }), { username: "zoe" }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
    const error = await confirmSignUp(
      client({
        status: 400,
        body: {
          __type: "ExpiredCodeException",
          message: "Invalid code provided, please request a code again.",
        },
      }),
      { username: "z", confirmationCode: "1" },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ name: "ExpiredCodeException", operation: "ConfirmSignUp" });
  });
});
