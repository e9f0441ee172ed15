/**
 * The quick start as typed, inside the stylesheets real apps start from, in a real Chromium: the card is
 * centred with room above, takes the page's colour scheme, <SignOutButton> stays as wide as its label in
 * the Vite template's flex column, and the code boxes end where the primary button ends.
 */
import { render, screen } from "@testing-library/react";
import bootstrapReboot from "bootstrap/dist/css/bootstrap-reboot.css?raw";
import viteIndex from "create-vite/template-react-ts/src/index.css?raw";
import type { ReactNode } from "react";
import tailwindPreflight from "tailwindcss/preflight.css?raw";
import { commands, page, userEvent } from "vitest/browser";
import "../../src/theme/styles.css";
import { CodeChallenge } from "../../src/components/CodeChallenge";
import { SignIn } from "../../src/components/SignIn";
import { SignOutButton } from "../../src/components/SignOutButton";
import { TotpEnrollment } from "../../src/components/TotpEnrollment";
import { UiRoot } from "../../src/components/UiRoot";
import { createCognitoClient } from "../../src/core/client/client";
import { memoryStorage } from "../../src/core/session/storage";
import { createSession } from "../../src/core/session/store";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { createFakeCognito, fakeSignInProps, scenarios } from "../../src/testing/index";
import { contrast, luminance, parseColor } from "../../stories/checks";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateColorScheme(scheme: "light" | "dark"): Promise<void>;
  }
}

const hosts = {
  "the create-vite React template": viteIndex,
  "Tailwind's preflight": tailwindPreflight,
  "Bootstrap's reboot": bootstrapReboot,
  // What app stylesheets do to every input, and what would move a code's digits out of their boxes.
  "a page that styles every input": `input { max-width: 100%; padding: 12px; text-align: center;
    text-indent: 4px; letter-spacing: 0.1em; word-spacing: 4px; font: italic 15px serif;
    text-transform: uppercase; }`,
} as const;

let hostStyle: HTMLStyleElement | undefined;
function useHostCss(css: string) {
  hostStyle = document.createElement("style");
  hostStyle.textContent = css;
  document.head.append(hostStyle);
}
afterEach(async () => {
  hostStyle?.remove();
  await commands.emulateColorScheme("light");
});

/** As the Vite template's main.tsx mounts the app: inside #root. */
const inRoot = (children: ReactNode) => render(<div id="root">{children}</div>);

function quickStart() {
  const fake = createFakeCognito(scenarios.passwordOnly.options());
  return inRoot(<SignIn {...fakeSignInProps(fake, scenarios.passwordOnly)} onSignedIn={() => {}} />);
}

const card = () => document.querySelector("[data-cc-root]") as HTMLElement;
const box = (element: Element) => element.getBoundingClientRect();

/** The parent's content box: where the card may sit. */
function contentBox(element: HTMLElement) {
  const rect = box(element);
  const style = getComputedStyle(element);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    left: rect.left + px(style.borderLeftWidth) + px(style.paddingLeft),
    right: rect.right - px(style.borderRightWidth) - px(style.paddingRight),
  };
}

/** A computed colour as numbers, as the stories' checks read it; a form they cannot read fails the test. */
function rgba(color: string) {
  const parsed = parseColor(color);
  if (!parsed) throw new Error(`not an rgb() colour: ${color}`);
  return parsed;
}
const luminanceOf = (color: string) => luminance(rgba(color));
const contrastOf = (a: string, b: string) => contrast(rgba(a), rgba(b));

describe.each(Object.entries(hosts))("in %s", (_name, css) => {
  it.each([
    [1280, 800],
    [390, 844],
  ])("at %i px the card is centred in its container with room above", async (width, height) => {
    await page.viewport(width, height);
    useHostCss(css);
    quickStart();
    await screen.findByLabelText("Username or email");
    const container = contentBox(card().parentElement as HTMLElement);
    const rect = box(card());
    expect(Math.abs(rect.left - container.left - (container.right - rect.right))).toBeLessThanOrEqual(1);
    // Room above, on the page: in a block container, the card's margin collapses into the container's.
    expect(rect.top + scrollY).toBeGreaterThanOrEqual(24);
  });

  it("the code boxes end where the primary button ends, at 1280 and 390 px", async () => {
    useHostCss(css);
    inRoot(
      <UiRoot>
        <CodeChallenge name="SMS_OTP" description="We sent a code." onCode={() => {}} />
      </UiRoot>,
    );
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.viewport(width, height);
      const boxes = document.querySelectorAll("[data-slot=otp-box]");
      const button = document.querySelector("[data-variant=primary]") as Element;
      expect(Math.abs(box(boxes[0] as Element).left - box(button).left)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(box(boxes[boxes.length - 1] as Element).right - box(button).right)).toBeLessThanOrEqual(
        0.5,
      );
    }
  });

  it("each typed digit sits in the middle of its box, and a full code never scrolls, at 1280 and 390 px", async () => {
    useHostCss(css);
    inRoot(
      <UiRoot>
        <CodeChallenge name="SMS_OTP" description="We sent a code." onCode={() => {}} />
      </UiRoot>,
    );
    const input = screen.getByLabelText("Code") as HTMLInputElement;
    await userEvent.type(input, "123456");
    // Where the input draws each digit, less the middle of its box, in px: its text starts at the padding,
    // and every character advances its glyph's width and the letter-spacing (the glyph measured in the
    // input's own font).
    const offsets = () => {
      const inputBox = box(input);
      const style = getComputedStyle(input);
      expect([style.textAlign, style.textIndent]).toEqual(["left", "0px"]);
      const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
      context.font = style.font;
      const glyph = context.measureText("0").width;
      const advance = glyph + Number.parseFloat(style.letterSpacing);
      const start = inputBox.left + Number.parseFloat(style.paddingLeft);
      return [...document.querySelectorAll("[data-slot=otp-box]")].map(
        (element, index) =>
          start + index * advance + glyph / 2 - (box(element).left + box(element).width / 2),
      );
    };
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.viewport(width, height);
      // The spacing follows the row's width (container units), which Chromium settles in the frame after
      // a resize, not in a forced layout: wait for the frame's state, not for time.
      await expect
        .poll(() => offsets().every((offset) => Math.abs(offset) <= 1), { interval: 16, timeout: 10_000 })
        .toBe(true);
      expect(offsets()).toHaveLength(6);
      expect(input.scrollLeft).toBe(0);
      // As tall as the boxes, so its digits sit in their middle (an input's own height is shorter).
      const first = box(document.querySelector("[data-slot=otp-box]") as Element);
      expect(
        Math.abs(box(input).top - first.top) + Math.abs(box(input).bottom - first.bottom),
      ).toBeLessThanOrEqual(1);
    }
  });
});

describe("the colour scheme, with no colorMode", () => {
  const vite = () => {
    useHostCss(viteIndex);
    quickStart();
  };

  it("is dark on a page that declares `light dark` when the system is dark, with a visible edge", async () => {
    await commands.emulateColorScheme("dark");
    vite();
    await screen.findByLabelText("Username or email");
    const style = getComputedStyle(card());
    expect(luminanceOf(style.backgroundColor)).toBeLessThan(0.05);
    expect(luminanceOf(style.color)).toBeGreaterThan(0.8);
    // The card's edge stands out from the page's dark background.
    const pageBackground = getComputedStyle(document.documentElement).backgroundColor;
    expect(luminanceOf(pageBackground)).toBeLessThan(0.05);
    expect(contrastOf(style.borderTopColor, pageBackground)).toBeGreaterThanOrEqual(1.4);
  });

  it("is light on the same page when the system is light", async () => {
    vite();
    await screen.findByLabelText("Username or email");
    expect(getComputedStyle(card()).backgroundColor).toBe("rgb(255, 255, 255)");
  });

  it.each([
    ["Tailwind's preflight", tailwindPreflight],
    ["Bootstrap's reboot", bootstrapReboot],
  ])("is light in %s, which declares no scheme, even when the system is dark", async (_name, css) => {
    await commands.emulateColorScheme("dark");
    useHostCss(css);
    quickStart();
    await screen.findByLabelText("Username or email");
    expect(getComputedStyle(card()).backgroundColor).toBe("rgb(255, 255, 255)");
  });

  it("colorMode still decides when given: light on a dark page, dark on a light one", async () => {
    await commands.emulateColorScheme("dark");
    useHostCss(viteIndex);
    const fake = createFakeCognito(scenarios.passwordOnly.options());
    const { unmount } = inRoot(
      <SignIn {...fakeSignInProps(fake, scenarios.passwordOnly)} colorMode="light" onSignedIn={() => {}} />,
    );
    expect(getComputedStyle(card()).backgroundColor).toBe("rgb(255, 255, 255)");
    unmount();
    await commands.emulateColorScheme("light");
    inRoot(
      <SignIn {...fakeSignInProps(fake, scenarios.passwordOnly)} colorMode="dark" onSignedIn={() => {}} />,
    );
    expect(luminanceOf(getComputedStyle(card()).backgroundColor)).toBeLessThan(0.05);
  });
});

describe.each(Object.entries(hosts))(
  "<SignOutButton> in %s (the Vite template's #root is a flex column)",
  (_name, css) => {
    it.each([
      [1280, 800],
      [390, 844],
    ])("at %i px is no wider than its label and padding, its text centred", async (width, height) => {
      await page.viewport(width, height);
      useHostCss(css);
      const fake = createFakeCognito(scenarios.passwordOnly.options());
      const client = createCognitoClient({
        clientId: fake.clientId,
        endpoint: "http://fake.test/",
        fetch: fake,
      });
      const session = createSession({ client, storage: memoryStorage() });
      const answer = await client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "alice", PASSWORD: scenarios.passwordOnly.password as string },
      });
      session.signIn(answer.authenticationResult as NonNullable<typeof answer.authenticationResult>);
      inRoot(
        <CognitoProvider client={client} session={session}>
          <SignOutButton />
        </CognitoProvider>,
      );
      const button = await screen.findByRole("button", { name: "Sign out" });
      const style = getComputedStyle(button);
      const label = document.createRange();
      label.selectNodeContents(button);
      const text = label.getBoundingClientRect();
      const px = (value: string) => Number.parseFloat(value);
      const most =
        text.width +
        px(style.paddingLeft) +
        px(style.paddingRight) +
        px(style.borderLeftWidth) +
        px(style.borderRightWidth) +
        1;
      expect(box(button).width).toBeLessThanOrEqual(most);
      expect(box(card()).width).toBeLessThanOrEqual(most);
      expect(Math.abs(text.left - box(button).left - (box(button).right - text.right))).toBeLessThanOrEqual(
        1,
      );
      session.dispose();
    });
  },
);

describe("the authenticator set-up", () => {
  it("says to scan on a wide screen and to open the link or type the key on a phone; the code field is described by both the instructions and the key", async () => {
    inRoot(
      <UiRoot>
        <TotpEnrollment name="MFA_SETUP" secretCode="JBSWY3DPEHPK3PXP" account="sam" onVerify={() => {}} />
      </UiRoot>,
    );
    const code = screen.getByLabelText("Code from the app");
    await page.viewport(1280, 800);
    expect(screen.getByText("Scan this QR code with your authenticator app.")).toBeVisible();
    expect(screen.getByText(/Open the link below/)).not.toBeVisible();
    expect(code).toHaveAccessibleDescription(
      /^Scan this QR code with your authenticator app\. .*JBSW Y3DP EHPK 3PXP/,
    );
    await page.viewport(390, 844);
    expect(screen.getByText("Scan this QR code with your authenticator app.")).not.toBeVisible();
    expect(screen.getByText(/Open the link below/)).toBeVisible();
    expect(code).toHaveAccessibleDescription(
      /^Open the link below in your authenticator app.*JBSW Y3DP EHPK 3PXP/,
    );
  });
});

describe("a documentation site's stylesheet", () => {
  it("draws no border or shadow on the card's title, paragraphs and labels", async () => {
    useHostCss(
      "h2 { border-bottom: 1px solid #d0d7de; box-shadow: 0 2px red } p, label { border: 2px solid red; box-shadow: 0 0 4px red }",
    );
    quickStart();
    const label = await screen.findByText("Username or email");
    for (const element of [screen.getByRole("heading", { name: "Sign in" }), label]) {
      const style = getComputedStyle(element);
      expect([style.borderBottomStyle, style.borderTopStyle, style.boxShadow]).toEqual([
        "none",
        "none",
        "none",
      ]);
    }
  });
});
