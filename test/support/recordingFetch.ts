import type { FetchLike } from "../../src/core/client/client";

/** One request as it left the client. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

interface Reply {
  status?: number;
  body?: string | object;
  headers?: Record<string, string>;
}

/**
 * A `fetch` that records each request and answers with the next reply (or the last one, repeatedly).
 * Request bodies are parsed back to JSON so tests compare what went over the wire, not our objects.
 */
export function recordingFetch(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    requests.push({ url, method: init.method ?? "GET", headers, body: JSON.parse(String(init.body)) });
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)] ?? {};
    const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
    return new Response(body, {
      status: reply.status ?? 200,
      headers: { "content-type": "application/x-amz-json-1.1", ...reply.headers },
    });
  };
  return { fetch, requests };
}
