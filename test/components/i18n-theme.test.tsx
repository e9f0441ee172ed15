import { render, screen } from "@testing-library/react";
import { SignIn } from "../../src/components/SignIn";
import { CognitoError, NetworkError, TimeoutError, UnknownCognitoError } from "../../src/core/client/errors";
import { OPERATION_EXCEPTIONS } from "../../src/core/client/exceptions";
import { de } from "../../src/i18n/de";
import { en, type Messages } from "../../src/i18n/en";
import { errorMessage } from "../../src/i18n/format";
import { errorMessageKey } from "../../src/i18n/resolve";
import { createFakeCognito, scenarios } from "../../src/testing/index";
import { themeStyle } from "../../src/theme/theme";
import { componentGallery } from "../support/componentGallery";

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
    // "Code", "Passkey(s)" and "(optional)" are the German words too.
    expect(same).toEqual([
      "code.label",
      "select.WEB_AUTHN",
      "account.code",
      "passkeys.title",
      "contacts.code",
      "twoFactor.WEB_AUTHN",
      "profile.optional",
    ]);
  });
});

const noop = () => {};

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
  it.each(componentGallery(de))("%s shows no English string", (_, screenOf) => {
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
