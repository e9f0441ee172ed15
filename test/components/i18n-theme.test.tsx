import { render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { CustomChallenge } from "../../src/components/CustomChallenge";
import { EmailMfaChallenge } from "../../src/components/EmailMfaChallenge";
import { EmailOtpChallenge } from "../../src/components/EmailOtpChallenge";
import { MfaSetupChallenge } from "../../src/components/MfaSetupChallenge";
import { NewPasswordChallenge } from "../../src/components/NewPasswordChallenge";
import { PasswordChallenge } from "../../src/components/PasswordChallenge";
import { SelectChallenge } from "../../src/components/SelectChallenge";
import { SelectMfaTypeChallenge } from "../../src/components/SelectMfaTypeChallenge";
import { SignIn } from "../../src/components/SignIn";
import { SmsMfaChallenge } from "../../src/components/SmsMfaChallenge";
import { SmsOtpChallenge } from "../../src/components/SmsOtpChallenge";
import { SoftwareTokenMfaChallenge } from "../../src/components/SoftwareTokenMfaChallenge";
import { UnsupportedChallenge } from "../../src/components/UnsupportedChallenge";
import { WebAuthnChallenge } from "../../src/components/WebAuthnChallenge";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import {
  CognitoError,
  NetworkError,
  OPERATION_EXCEPTIONS,
  TimeoutError,
  UnknownCognitoError,
} from "../../src/core/errors";
import { de } from "../../src/i18n/de";
import { en, type Messages } from "../../src/i18n/en";
import { errorMessage, errorMessageKey } from "../../src/i18n/format";
import { createFakeCognito, scenarios } from "../../src/testing/index";
import { themeStyle } from "../../src/theme/theme";

const details = { operation: "RespondToAuthChallenge" as const, status: 400 };

describe("error messages", () => {
  const everyName = [...new Set(Object.values(OPERATION_EXCEPTIONS).flat())];

  it.each(everyName)("%s has its own message in English and German", (name) => {
    const error = new CognitoError(name, "server text", details);
    const key = errorMessageKey(error);
    expect(key).toBe(`error.${name}`);
    expect(errorMessage(error, en)).not.toBe(en["error.unknown"]);
    expect(errorMessage(error, de)).not.toBe(de["error.unknown"]);
  });

  it("is never the server's English text", () => {
    const error = new CognitoError(
      "CodeMismatchException",
      "Invalid code or auth state for the user.",
      details,
    );
    expect(errorMessage(error, de)).toBe(
      "Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.",
    );
  });

  it.each([
    [
      new CognitoError(
        "NotAuthorizedException",
        "Invalid session for the user, session is expired.",
        details,
      ),
      "error.sessionExpired",
    ],
    [
      new CognitoError("NotAuthorizedException", "Incorrect username or password.", details),
      "error.NotAuthorizedException",
    ],
    [
      new UnknownCognitoError("LimitExceededException", "Attempt limit exceeded", details),
      "error.LimitExceededException",
    ],
    [new UnknownCognitoError("BrandNewException", "?", details), "error.unknown"],
    [new NetworkError("InitiateAuth"), "error.network"],
    [new TimeoutError("InitiateAuth", 1000), "error.timeout"],
    [new TypeError("boom"), "error.unknown"],
  ])("%s → %s", (error, key) => {
    expect(errorMessageKey(error)).toBe(key);
  });

  it("German is complete: same keys, every value translated or deliberately shared", () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((key) => en[key as keyof Messages] === de[key as keyof Messages]);
    expect(same).toEqual(["code.label", "select.WEB_AUTHN"]);
  });
});

function parsed<N extends string>(name: N, parameters: Record<string, string> = {}, available?: string[]) {
  return parseChallenge({
    challengeName: name as never,
    session: "s",
    challengeParameters: { USER_ID_FOR_SRP: "u", ...parameters },
    ...(available ? { availableChallenges: available as never } : {}),
  });
}

const delivery = { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0100" };
const noop = () => {};
const error = new CognitoError("CodeMismatchException", "x", details);

/** Every component, in its main states, in German. */
const germanScreens: [string, () => ReactElement][] = [
  [
    "PASSWORD",
    () => (
      <PasswordChallenge
        challenge={parsed("PASSWORD") as ChallengeOf<"PASSWORD">}
        onAnswer={noop}
        messages={de}
        error={error}
      />
    ),
  ],
  [
    "SMS_OTP",
    () => (
      <SmsOtpChallenge
        challenge={parsed("SMS_OTP", delivery) as ChallengeOf<"SMS_OTP">}
        onAnswer={noop}
        onResend={noop}
        messages={de}
      />
    ),
  ],
  [
    "EMAIL_OTP",
    () => (
      <EmailOtpChallenge
        challenge={parsed("EMAIL_OTP") as ChallengeOf<"EMAIL_OTP">}
        onAnswer={noop}
        messages={de}
        pending
      />
    ),
  ],
  [
    "SMS_MFA",
    () => (
      <SmsMfaChallenge
        challenge={parsed("SMS_MFA", delivery) as ChallengeOf<"SMS_MFA">}
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "EMAIL_MFA",
    () => (
      <EmailMfaChallenge
        challenge={
          parsed("EMAIL_MFA", {
            ...delivery,
            CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL",
          }) as ChallengeOf<"EMAIL_MFA">
        }
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "SOFTWARE_TOKEN_MFA",
    () => (
      <SoftwareTokenMfaChallenge
        challenge={
          parsed("SOFTWARE_TOKEN_MFA", {
            FRIENDLY_DEVICE_NAME: "iPhone",
          }) as ChallengeOf<"SOFTWARE_TOKEN_MFA">
        }
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "SELECT_CHALLENGE",
    () => (
      <SelectChallenge
        challenge={
          parsed("SELECT_CHALLENGE", {}, [
            "PASSWORD",
            "SMS_OTP",
            "EMAIL_OTP",
            "WEB_AUTHN",
          ]) as ChallengeOf<"SELECT_CHALLENGE">
        }
        onSelect={noop}
        messages={de}
      />
    ),
  ],
  [
    "SELECT_MFA_TYPE",
    () => (
      <SelectMfaTypeChallenge
        challenge={
          parsed("SELECT_MFA_TYPE", {
            MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]',
          }) as ChallengeOf<"SELECT_MFA_TYPE">
        }
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "MFA_SETUP choose",
    () => (
      <MfaSetupChallenge
        challenge={
          parsed("MFA_SETUP", {
            MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP","SMS_MFA"]',
          }) as ChallengeOf<"MFA_SETUP">
        }
        onAnswer={noop}
        onSetupTotp={noop}
        onVerifyTotp={noop}
        messages={de}
      />
    ),
  ],
  [
    "MFA_SETUP verify",
    () => (
      <MfaSetupChallenge
        challenge={
          parsed("MFA_SETUP", { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }) as ChallengeOf<"MFA_SETUP">
        }
        totpSetup={{ secretCode: "JBSWY3DPEHPK3PXP" }}
        onAnswer={noop}
        onSetupTotp={noop}
        onVerifyTotp={noop}
        messages={de}
      />
    ),
  ],
  [
    "NEW_PASSWORD_REQUIRED",
    () => (
      <NewPasswordChallenge
        challenge={
          parsed("NEW_PASSWORD_REQUIRED", {
            requiredAttributes: '["userAttributes.given_name","userAttributes.family_name"]',
          }) as ChallengeOf<"NEW_PASSWORD_REQUIRED">
        }
        passwordPolicy={{
          minLength: 10,
          requireLowercase: true,
          requireUppercase: true,
          requireNumbers: true,
          requireSymbols: true,
        }}
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "CUSTOM_CHALLENGE",
    () => (
      <CustomChallenge
        challenge={parsed("CUSTOM_CHALLENGE", { question: "2 + 3?" }) as ChallengeOf<"CUSTOM_CHALLENGE">}
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "WEB_AUTHN",
    () => (
      <WebAuthnChallenge
        challenge={
          parsed("WEB_AUTHN", {
            CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"abc"}',
          }) as ChallengeOf<"WEB_AUTHN">
        }
        onAnswer={noop}
        messages={de}
      />
    ),
  ],
  [
    "UNSUPPORTED",
    () => (
      <UnsupportedChallenge
        challenge={parsed("QUANTUM") as ChallengeOf<"UNSUPPORTED">}
        onRestart={noop}
        messages={de}
      />
    ),
  ],
  [
    "SignIn",
    () => (
      <SignIn
        clientOptions={{ clientId: "c", region: "eu-west-1" }}
        onSignedIn={noop}
        messages={de}
        preferredChallenge="PASSWORD"
      />
    ),
  ],
];

/** English strings that German translates: if one of these shows, something was left untranslated. */
const english = Object.entries(en)
  .filter(([key, value]) => de[key as keyof Messages] !== value)
  .flatMap(([, value]) => value.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length > 3);

function visibleAndSpokenText(container: HTMLElement): string {
  const labels = Array.from(container.querySelectorAll("[aria-label], [title], [placeholder]"), (element) =>
    ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name) ?? "").join(" "),
  );
  return [container.textContent ?? "", ...labels].join(" ");
}

describe("in German", () => {
  it.each(germanScreens)("%s shows no English string", (_, screenOf) => {
    const { container } = render(screenOf());
    const text = visibleAndSpokenText(container);
    expect(text.length).toBeGreaterThan(10);
    expect(english.filter((phrase) => text.includes(phrase))).toEqual([]);
    expect(text).not.toMatch(/\{\w+\}/);
  });
});

describe("theming", () => {
  it("turns tokens into --cc-* variables", () => {
    expect(
      themeStyle({
        colors: { primary: "#123456", onPrimary: "#fff" },
        radius: "0",
        focusRing: "2px solid red",
      }),
    ).toEqual({
      "--cc-color-primary": "#123456",
      "--cc-color-on-primary": "#fff",
      "--cc-radius": "0",
      "--cc-focus-ring": "2px solid red",
    });
  });

  it("applies theme, color mode, unstyled and className on the root", () => {
    const { container } = render(
      <SignIn
        clientOptions={{ clientId: "c", region: "eu-west-1" }}
        onSignedIn={noop}
        theme={{ colors: { primary: "rebeccapurple" } }}
        colorMode="dark"
        unstyled
        className="my-sign-in"
      />,
    );
    const root = container.querySelector("[data-cc-root]") as HTMLElement;
    expect(root).toHaveClass("my-sign-in");
    expect(root).toHaveAttribute("data-color-mode", "dark");
    expect(root).toHaveAttribute("data-unstyled");
    expect(root).toHaveAttribute("data-state", "identify");
    expect(root.style.getPropertyValue("--cc-color-primary")).toBe("rebeccapurple");
    expect(root.querySelector('[data-slot="step"][data-challenge="IDENTIFY"]')).not.toBeNull();
  });

  it("overrides single strings", () => {
    render(
      <SignIn
        clientOptions={{ clientId: "c", region: "eu-west-1" }}
        onSignedIn={noop}
        messages={{ "signIn.title": "Log in to Acme" }}
      />,
    );
    expect(screen.getByRole("heading")).toHaveTextContent("Log in to Acme");
  });
});

describe("countdown", () => {
  it("shows the time left in the last minute of the session", async () => {
    let now = Date.UTC(2026, 10, 22, 12);
    const fake = createFakeCognito(scenarios.smsMfa.options());
    render(
      <SignIn
        clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
        authFlow="USER_PASSWORD_AUTH"
        onSignedIn={noop}
        clock={() => now}
        sessionValidityMs={90_000}
        initialUsername="sid"
      />,
    );
    const { fireEvent } = await import("@testing-library/react");
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "Correct-Horse-1" } });
    fireEvent.submit(screen.getByRole("button", { name: "Continue" }));
    await screen.findByLabelText("Code");
    expect(screen.queryByRole("timer")).toBeNull();
    // The injected clock jumps; the countdown's once-a-second tick reads it.
    now += 45_000;
    expect(await screen.findByRole("timer", {}, { timeout: 2000 })).toHaveTextContent(
      "This step expires in 0:45.",
    );
  });
});
