/**
 * Serves the benchmark pages from memory, and the fake Cognito at /cognito/ over real HTTP, so each page
 * signs in over the network as it would against Cognito, and none of them ships the fake.
 */
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { contentTypes } from "../scripts/staticServer.mjs";
import { root } from "./bundle.mjs";

/** The user every page signs in as: a password, then an authenticator code (SOFTWARE_TOKEN_MFA). */
export const BENCH_USER = { username: "tara", password: "Correct-Horse-1" };

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * `pages` maps an app id to its emitted files (from bundleApp). Resolves with the base URL, and close().
 */
export async function serveBench(pages) {
  const testing = await import(pathToFileURL(path.join(root, "dist", "testing.js")).href);
  const fake = testing.createFakeCognito(testing.scenarios.totpMfa.options());
  const files = new Map();
  for (const [id, outputs] of Object.entries(pages)) {
    for (const file of outputs) files.set(`/${id}/${path.basename(file.path)}`, file.contents);
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/cognito/" && request.method === "POST") {
      const answer = await fake(`http://127.0.0.1${url.pathname}`, {
        method: "POST",
        headers: Object.fromEntries(
          Object.entries(request.headers).filter((entry) => typeof entry[1] === "string"),
        ),
        body: await readBody(request),
      });
      response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" });
      return response.end(Buffer.from(await answer.arrayBuffer()));
    }
    const page = url.pathname.match(/^\/([\w-]+)\/$/);
    // Cross-origin isolated, so performance.now() is precise to microseconds rather than 0.1 ms.
    const isolated = {
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    };
    if (page && pages[page[1]]) {
      return response.writeHead(200, { "content-type": "text/html", ...isolated }).end(html(page[1]));
    }
    const contents = files.get(url.pathname);
    if (!contents) return response.writeHead(404).end();
    response.writeHead(200, {
      "content-type": contentTypes[path.extname(url.pathname)] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...isolated,
    });
    response.end(contents);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  function html(id) {
    const config = { endpoint: `${base}/cognito/`, clientId: fake.clientId, userPoolId: fake.userPoolId };
    const css = pages[id].some((file) => file.path.endsWith(`${id}.css`));
    // What apps' bundlers emit for an entry that imports chunks (Vite, webpack, Next.js do): the chunks
    // it imports are announced up front, so they download alongside it, not after it has been parsed.
    // The entry comes first, as Vite writes it: over HTTP/1.1's six connections a page, an entry listed
    // after seven chunks and a stylesheet waited for a free one (about 20 ms, in a trace).
    const preloads = pages[id]
      .filter((file) => file.kind === "js" && file.initial && !file.path.endsWith(`/${id}.js`))
      .map((file) => `<link rel="modulepreload" href="/${id}/${path.basename(file.path)}">`)
      .join("\n");
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${id}</title>
<script>window.__BENCH__ = ${JSON.stringify(config)};</script>
<script type="module" src="/${id}/${id}.js"></script>
${preloads}
${css ? `<link rel="stylesheet" href="/${id}/${id}.css">` : ""}
</head>
<body><div id="root"></div></body>
</html>`;
  }

  return { base, fake, close: () => new Promise((resolve) => server.close(resolve)) };
}
