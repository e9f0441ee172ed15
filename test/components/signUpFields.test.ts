/**
 * What <SignUp>'s form makes of Cognito's refusals: the field each is about, by the shapes Cognito's
 * messages take, and a pre sign-up Lambda's own words without Cognito's prefix.
 */
import { emailOrPhone, fieldOfSignUpError, lambdaMessage } from "../../src/components/SignUp/signUpFields";

const error = (name: string, message = "") => Object.assign(new Error(message), { name });
const fields = ["username", "email", "phone_number", "given_name", "custom:team"];

describe("fieldOfSignUpError", () => {
  it.each([
    [error("InvalidPasswordException", "Password did not conform with policy"), "password"],
    [error("UsernameExistsException", "User already exists"), "username"],
    [error("AliasExistsException", "An account with the given email already exists."), "email"],
    [error("InvalidParameterException", "Invalid email address format."), "email"],
    [error("InvalidParameterException", "Invalid phone number format."), "phone_number"],
    [error("InvalidParameterException", "Username should be an email."), "username"],
    [
      error(
        "InvalidParameterException",
        "Attributes did not conform to the schema: given_name: The attribute given_name is required",
      ),
      "given_name",
    ],
    [
      error("InvalidParameterException", "Type for attribute {custom:team} could not be determined"),
      undefined,
    ],
    [
      error("InvalidParameterException", "1 validation error detected: Value at 'attribute custom:team'"),
      "custom:team",
    ],
    [
      error("InvalidParameterException", "Attributes did not conform to the schema: nickname: required"),
      undefined,
    ],
    [error("LimitExceededException", "Attempt limit exceeded"), undefined],
    [undefined, undefined],
  ])("%s → %s", (given, field) => {
    expect(fieldOfSignUpError(given, fields)).toBe(field);
  });

  it("names only a field the form shows", () => {
    expect(
      fieldOfSignUpError(error("InvalidParameterException", "Invalid phone number format."), ["email"]),
    ).toBe(undefined);
  });
});

describe("lambdaMessage", () => {
  it("keeps the Lambda's words, without Cognito's prefix and the period it adds", () => {
    expect(
      lambdaMessage(error("UserLambdaValidationException", "PreSignUp failed with error Domain closed.")),
    ).toBe("Domain closed");
    expect(
      lambdaMessage(error("UserLambdaValidationException", "PreSignUp failed with error Accept the terms..")),
    ).toBe("Accept the terms.");
  });

  it("drops bidi controls, and says nothing for another shape or another exception", () => {
    expect(
      lambdaMessage(error("UserLambdaValidationException", "PreSignUp failed with error \u202eevil\u202c.")),
    ).toBe("evil");
    expect(lambdaMessage(error("UserLambdaValidationException", "Something else"))).toBeUndefined();
    expect(
      lambdaMessage(error("InvalidParameterException", "PreSignUp failed with error x.")),
    ).toBeUndefined();
  });
});

describe("emailOrPhone", () => {
  it.each([
    [" ivy@example.com ", { value: "ivy@example.com", attribute: "email" }],
    ["+44 (20) 7946-0958", { value: "+442079460958", attribute: "phone_number" }],
    ["020 7946 0958", undefined],
    ["ivy@example", undefined],
    ["+0 123 456 789", undefined],
    ["", undefined],
  ])("%j → %j", (typed, expected) => {
    expect(emailOrPhone(typed)).toEqual(expected);
  });
});
