// @vitest-environment node
/**
 * Server rendering: in Node, with no window or document, importing the library and rendering every
 * component with renderToString and renderToReadableStream works and gives the expected markup.
 */
// server.browser: the web-streams renderer, which React 18 and 19 both ship (their Node builds differ).
import { renderToReadableStream, renderToString } from "react-dom/server.browser";
import { ConfirmAccount } from "../../src/components/ConfirmAccount";
import { ResetPassword } from "../../src/components/ResetPassword";
import { SignIn } from "../../src/components/SignIn";
import { componentGallery } from "../support/componentGallery";

async function streamToText(stream: ReadableStream<Uint8Array>): Promise<string> {
  await (stream as ReadableStream & { allReady?: Promise<void> }).allReady;
  return new Response(stream).text();
}

describe("server rendering", () => {
  it("runs where there is no window or document", async () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
    const library = await import("../../src/index");
    expect(typeof library.SignIn).toBe("function");
    const testing = await import("../../src/testing/index");
    expect(typeof testing.createFakeCognito).toBe("function");
  });

  it.each(componentGallery())("%s renders to a string", (_, element) => {
    const html = renderToString(element());
    expect(html).toMatch(/<h2[^>]*data-slot="title"/);
    expect(html).toContain('data-slot="error"');
  });

  it.each(componentGallery())("%s renders to a readable stream", async (_, element) => {
    // On Node 20, which lacks ArrayBuffer.prototype.detached, React's web-streams renderer warns once
    // about an empty chunk it cannot tell from a detached one; that is Node's limit, not ours. Every other
    // message is a failure.
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => logged.push(args));
    try {
      const html = await streamToText(await renderToReadableStream(element()));
      expect(html).toMatch(/<h2[^>]*data-slot="title"/);
      const others = logged.filter((args) => !String(args[0]).includes("ArrayBuffer.prototype.detached"));
      expect(others).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it("<SignIn> renders its username step with the labels tied to the fields", () => {
    const signIn = componentGallery().find(([name]) => name === "SignIn")?.[1];
    const html = renderToString(signIn?.() ?? <p />);
    expect(html).toMatch(/data-cc-root=""[^>]*data-state="identify"/);
    const id = /<label data-slot="label" for="([^"]+)">Username or email<\/label><input id="([^"]+)"/.exec(
      html,
    );
    expect(id?.[1]).toBeDefined();
    expect(id?.[1]).toBe(id?.[2]);
    expect(html).toContain('autoComplete="username webauthn"');
  });

  it("the QR code area renders as a labelled image; the encoder loads where it can", async () => {
    const qr = componentGallery().find(([name]) => name === "MfaSetupChallenge (QR code)")?.[1];
    const fromString = renderToString(qr?.() ?? <p />);
    expect(fromString).toContain('role="img" aria-label="QR code for your authenticator app"');
    // The stream waits for the lazily loaded encoder and draws the code on the server.
    const fromStream = await streamToText(await renderToReadableStream(qr?.() ?? <p />));
    expect(fromStream).toMatch(/<svg[^>]*>.*<path/);
  });

  describe("before hydration, no step form can submit", () => {
    const clientOptions = { clientId: "c", userPoolId: "eu-west-1_AbCdEf123" };
    it.each([
      ["<SignIn> USER_AUTH", <SignIn onSignedIn={() => {}} key="a" clientOptions={clientOptions} />],
      [
        "<SignIn> USER_AUTH, password first",
        <SignIn onSignedIn={() => {}} key="b" clientOptions={clientOptions} preferredChallenge="PASSWORD" />,
      ],
      [
        "<SignIn> USER_SRP_AUTH",
        <SignIn onSignedIn={() => {}} key="c" clientOptions={clientOptions} authFlow="USER_SRP_AUTH" />,
      ],
      [
        "<SignIn> USER_PASSWORD_AUTH",
        <SignIn onSignedIn={() => {}} key="d" clientOptions={clientOptions} authFlow="USER_PASSWORD_AUTH" />,
      ],
      [
        "<SignIn> CUSTOM_AUTH",
        <SignIn onSignedIn={() => {}} key="e" clientOptions={clientOptions} authFlow="CUSTOM_AUTH" />,
      ],
      ["<ResetPassword>", <ResetPassword key="f" clientOptions={clientOptions} />],
      ["<ConfirmAccount>", <ConfirmAccount key="g" clientOptions={clientOptions} username="alice" />],
    ])("%s: the form posts, and every submit button is disabled", (_, element) => {
      const html = renderToString(element);
      const forms = html.match(/<form[^>]*>/g) ?? [];
      expect(forms).toHaveLength(1);
      expect(forms[0]).toContain('method="post"');
      const submits = html.match(/<button[^>]*type="submit"[^>]*>/g) ?? [];
      // The guard first (the form's default button, which Enter would press), then the step's own.
      expect(submits.length).toBeGreaterThanOrEqual(2);
      for (const submit of submits) expect(submit).toMatch(/ disabled=""/);
    });
  });
});
