/** Primitives and standalone challenge components, driven as a user would. */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { CodeChallenge } from "../../src/components/CodeChallenge";
import { CustomChallenge } from "../../src/components/CustomChallenge";
import { MfaSetupChallenge } from "../../src/components/MfaSetupChallenge";
import { CopyButton } from "../../src/components/primitives/CopyButton";
import { OtpInput } from "../../src/components/primitives/OtpInput";
import { PasswordInput } from "../../src/components/primitives/PasswordInput";
import { SelectChallenge } from "../../src/components/SelectChallenge";
import { UnsupportedChallenge } from "../../src/components/UnsupportedChallenge";
import { WebAuthnChallenge } from "../../src/components/WebAuthnChallenge";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { totpUri } from "../../src/core/totp/totp";
import type { AuthResponse } from "../../src/core/types";

function challengeOf<N extends Parameters<typeof parseChallenge>[0]["challengeName"] & string>(
  name: N,
  parameters: Record<string, string> = {},
  extra: Partial<AuthResponse> = {},
) {
  return parseChallenge({
    challengeName: name,
    session: "s",
    challengeParameters: { USER_ID_FOR_SRP: "u", ...parameters },
    ...extra,
  });
}

function Otp({ length = 6, onComplete }: { length?: number; onComplete?: (code: string) => void }) {
  const [value, setValue] = useState("");
  return (
    <>
      <label htmlFor="otp">Code</label>
      <OtpInput id="otp" value={value} onValueChange={setValue} length={length} onComplete={onComplete} />
    </>
  );
}

describe("OtpInput", () => {
  it("is a one-time-code field with a digit keyboard", () => {
    render(<Otp />);
    const input = screen.getByLabelText("Code");
    expect(input).toHaveAttribute("autocomplete", "one-time-code");
    expect(input).toHaveAttribute("inputmode", "numeric");
    expect(input).not.toHaveAttribute("maxlength");
  });

  it("keeps digits only, up to the length", async () => {
    const user = userEvent.setup();
    render(<Otp />);
    await user.type(screen.getByLabelText("Code"), "12a3 4-5678");
    expect(screen.getByLabelText("Code")).toHaveValue("123456");
  });

  it.each([
    ["123 456", "123456"],
    ["123-456", "123456"],
    [" 12 34 56 78 ", "123456"],
    ["Your code is 654321.", "654321"],
  ])("a pasted %j becomes %s", async (pasted, expected) => {
    const user = userEvent.setup();
    render(<Otp />);
    await user.click(screen.getByLabelText("Code"));
    await user.paste(pasted);
    expect(screen.getByLabelText("Code")).toHaveValue(expected);
  });

  it("reports completion once, for auto-submit", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<Otp onComplete={onComplete} length={8} />);
    await user.click(screen.getByLabelText("Code"));
    await user.paste("12345678");
    await user.type(screen.getByLabelText("Code"), "9");
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith("12345678");
  });
});

describe("CodeChallenge", () => {
  it("auto-submits a complete code when asked to", async () => {
    const user = userEvent.setup();
    const onCode = vi.fn();
    render(
      <CodeChallenge name="SMS_OTP" title="Check your phone" description="" onCode={onCode} autoSubmit />,
    );
    await user.click(screen.getByLabelText("Code"));
    await user.paste("123 456");
    expect(onCode).toHaveBeenCalledWith("123456");
  });

  it("keeps digits only, refuses a short code at the field, and sends the code once complete", async () => {
    const user = userEvent.setup();
    const onCode = vi.fn();
    render(<CodeChallenge name="SMS_OTP" title="Check your phone" description="" onCode={onCode} />);
    const field = screen.getByLabelText("Code");
    await user.type(field, "1a2-3");
    expect(field).toHaveValue("123");
    await user.keyboard("{Enter}");
    expect(onCode).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Enter all 6 digits of the code."));
    expect(field).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(field).toHaveFocus());
    await user.type(field, "456");
    // Fixed, the field says nothing more, before anything is sent.
    expect(screen.queryByText("Enter all 6 digits of the code.")).toBeNull();
    expect(field).not.toHaveAttribute("aria-invalid");
    await user.keyboard("{Backspace}{Enter}");
    expect(screen.getByText("Enter all 6 digits of the code.")).toBeInTheDocument();
    await user.type(field, "6{Enter}");
    expect(onCode).toHaveBeenCalledExactlyOnceWith("123456");
  });

  it("empties the field when a new code is asked for", async () => {
    const user = userEvent.setup();
    render(
      <CodeChallenge
        name="SMS_OTP"
        title="t"
        description=""
        onCode={vi.fn()}
        onResend={vi.fn()}
        resendCooldownSeconds={0}
      />,
    );
    await user.type(screen.getByLabelText("Code"), "12345");
    await user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(screen.getByLabelText("Code")).toHaveValue("");
  });

  it("offers a new code only after the cooldown", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onResend = vi.fn();
    render(
      <CodeChallenge
        name="SMS_OTP"
        title="t"
        description=""
        onCode={vi.fn()}
        onResend={onResend}
        resendCooldownSeconds={3}
      />,
    );
    // One line says the wait: the link itself.
    const resend = screen.getByRole("button", { name: "Send a new code in 3 s" });
    expect(resend).toBeDisabled();
    expect(screen.getAllByText(/in 3 s/)).toEqual([resend]);
    for (let second = 0; second < 3; second += 1) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(resend).toBeEnabled();
    expect(resend).toHaveAccessibleName("Send a new code");
    await user.click(resend);
    expect(onResend).toHaveBeenCalledTimes(1);
    expect(resend).toBeDisabled();
    expect(resend).toHaveAccessibleName("Send a new code in 3 s");
    vi.useRealTimers();
  });
});

describe("PasswordInput", () => {
  it("shows and hides the password with a real toggle button", async () => {
    const user = userEvent.setup();
    render(
      <>
        <label htmlFor="pw">Password</label>
        <PasswordInput id="pw" showLabel="Show password" hideLabel="Hide password" defaultValue="secret" />
      </>,
    );
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Show password" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "text");
    expect(screen.getByRole("button", { name: "Hide password" })).toHaveAttribute("aria-pressed", "true");
  });
});

describe("CopyButton", () => {
  it("copies, says so, and announces it", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    render(
      <CopyButton
        text="JBSWY3DP"
        label="Copy"
        copiedLabel="Copied"
        failedLabel="Could not copy"
        writeText={writeText}
      />,
    );
    await user.tab();
    await user.keyboard("{Enter}");
    expect(writeText).toHaveBeenCalledWith("JBSWY3DP");
    // An icon button named "Copy"; what happened is text beside it, seen and announced.
    expect(screen.getByRole("button", { name: "Copy" })).toHaveAttribute("data-state", "copied");
    expect(screen.getByText("Copied")).toBeVisible();
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent("Copied");
  });

  it("says when the browser refuses", async () => {
    const user = userEvent.setup();
    render(
      <CopyButton
        text="x"
        label="Copy"
        copiedLabel="Copied"
        failedLabel="Could not copy"
        writeText={() => Promise.reject(new Error("denied"))}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent("Could not copy");
  });
});

describe("SelectChallenge", () => {
  const select = challengeOf(
    "SELECT_CHALLENGE",
    {},
    { availableChallenges: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] },
  ) as ChallengeOf<"SELECT_CHALLENGE">;

  it("offers exactly the available challenges, and PASSWORD answers with the password", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<SelectChallenge challenge={select} onSelect={onSelect} />);
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Password",
      "Code by email",
      "Passkey",
    ]);
    await user.click(screen.getByRole("button", { name: "Password" }));
    await user.type(screen.getByLabelText("Password"), "pw{Enter}");
    expect(onSelect).toHaveBeenCalledWith("PASSWORD", { password: "pw" });
  });

  it("other choices answer alone", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<SelectChallenge challenge={select} onSelect={onSelect} />);
    await user.click(screen.getByRole("button", { name: "Code by email" }));
    expect(onSelect).toHaveBeenCalledWith("EMAIL_OTP");
  });
});

describe("MfaSetupChallenge", () => {
  it("hands the QR area exactly totpUri of the secret, with issuer and account", () => {
    const uris: string[] = [];
    const setup = challengeOf("MFA_SETUP", {
      MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]',
    }) as ChallengeOf<"MFA_SETUP">;
    render(
      <MfaSetupChallenge
        challenge={setup}
        onAnswer={vi.fn()}
        onSetupTotp={vi.fn()}
        onVerifyTotp={vi.fn()}
        totpSetup={{ secretCode: "JBSWY3DPEHPK3PXP" }}
        totpIssuer="Zoë's Café"
        totpAccountName="zoe@example.com"
        renderQrCode={(uri) => {
          uris.push(uri);
          return <p>custom QR</p>;
        }}
      />,
    );
    expect(screen.getByText("custom QR")).toBeInTheDocument();
    expect(uris.at(-1)).toBe(
      totpUri({ secret: "JBSWY3DPEHPK3PXP", issuer: "Zoë's Café", account: "zoe@example.com" }),
    );
  });
});

describe("CustomChallenge", () => {
  it("uses the app's renderer when given", async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    const custom = challengeOf("CUSTOM_CHALLENGE", {
      colors: "red,green",
    }) as ChallengeOf<"CUSTOM_CHALLENGE">;
    render(
      <CustomChallenge
        challenge={custom}
        onAnswer={onAnswer}
        render={({ challenge, answer }) =>
          challenge.parameters.colors?.split(",").map((color) => (
            <button key={color} type="button" onClick={() => answer(color)}>
              {color}
            </button>
          ))
        }
      />,
    );
    await user.click(screen.getByRole("button", { name: "green" }));
    expect(onAnswer).toHaveBeenCalledWith({ answer: "green" });
  });
});

describe("WebAuthnChallenge", () => {
  const webauthn = challengeOf("WEB_AUTHN", {
    CREDENTIAL_REQUEST_OPTIONS: JSON.stringify({
      challenge: "Y2hhbGxlbmdl",
      allowCredentials: [{ id: "Y3JlZA", type: "public-key" }],
    }),
  }) as ChallengeOf<"WEB_AUTHN">;

  it("says clearly when the browser has no WebAuthn, and offers to start again", async () => {
    const user = userEvent.setup();
    const onRestart = vi.fn();
    render(<WebAuthnChallenge challenge={webauthn} onAnswer={vi.fn()} onRestart={onRestart} />);
    await user.click(screen.getByRole("button", { name: "Use passkey" }));
    expect(await screen.findByText(/This browser cannot use passkeys/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start again" }));
    expect(onRestart).toHaveBeenCalled();
  });

  it.each([
    ["NotAllowedError", /cancelled or timed out/],
    ["SecurityError", /could not be used/],
  ])("a %s from the browser is explained", async (name, text) => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    const get = vi.fn(() => Promise.reject(new DOMException("no", name)));
    render(<WebAuthnChallenge challenge={webauthn} onAnswer={onAnswer} credentials={{ get }} />);
    await user.click(screen.getByRole("button", { name: "Use passkey" }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it("asks the browser within the click itself, so the request keeps the click's user activation", async () => {
    const get = vi.fn(() => new Promise<Credential | null>(() => {}));
    render(<WebAuthnChallenge challenge={webauthn} onAnswer={vi.fn()} credentials={{ get }} />);
    // The step loads WebAuthn's helpers when it shows, as a user reads it: wait until they have loaded
    // (the step asked first, so its own load has settled by then), however slow the machine.
    await act(() => import("../../src/core/webauthn/webauthn.lazy"));
    await act(async () => {});
    act(() => screen.getByRole("button", { name: "Use passkey" }).click());
    expect(get).toHaveBeenCalledTimes(1);
  });

  it("decodes the options to binary and encodes the assertion to JSON", async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    const get = vi.fn(async (options: CredentialRequestOptions) => {
      expect(new TextDecoder().decode(options.publicKey?.challenge as ArrayBuffer)).toBe("challenge");
      expect(new TextDecoder().decode(options.publicKey?.allowCredentials?.[0]?.id as ArrayBuffer)).toBe(
        "cred",
      );
      return {
        id: "cred",
        rawId: bytes("cred"),
        type: "public-key",
        authenticatorAttachment: "platform",
        response: {
          clientDataJSON: bytes("{}"),
          authenticatorData: bytes("auth"),
          signature: bytes("sig"),
          userHandle: null,
        },
        getClientExtensionResults: () => ({}),
      } as unknown as Credential;
    });
    render(<WebAuthnChallenge challenge={webauthn} onAnswer={onAnswer} credentials={{ get }} />);
    await user.click(screen.getByRole("button", { name: "Use passkey" }));
    await waitFor(() => expect(onAnswer).toHaveBeenCalled());
    expect(onAnswer.mock.calls[0]?.[0]).toEqual({
      credential: {
        id: "cred",
        rawId: "Y3JlZA",
        type: "public-key",
        response: { clientDataJSON: "e30", authenticatorData: "YXV0aA", signature: "c2ln" },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      },
    });
  });
});

describe("UnsupportedChallenge", () => {
  it("names the step and starts again", async () => {
    const user = userEvent.setup();
    const onRestart = vi.fn();
    const unknown = challengeOf("QUANTUM_MFA" as never) as ChallengeOf<"UNSUPPORTED">;
    render(<UnsupportedChallenge challenge={unknown} onRestart={onRestart} />);
    expect(screen.getByRole("heading")).toHaveTextContent("This sign-in step is not supported");
    expect(screen.getByText(/QUANTUM_MFA/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start again" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onRestart).toHaveBeenCalled();
  });
});
