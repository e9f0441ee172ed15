// @vitest-environment node
/**
 * Server rendering: in Node, with no window or document, importing the library and rendering every
 * component with renderToString and renderToReadableStream works and gives the expected markup.
 */
// server.browser: the web-streams renderer, which React 18 and 19 both ship (their Node builds differ).
import { renderToReadableStream, renderToString } from "react-dom/server.browser";
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
});
