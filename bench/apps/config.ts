/**
 * Where a benchmark page finds its Cognito: the bench server writes `window.__BENCH__` into each page
 * (the fake Cognito, served over HTTP like a real endpoint). For byte counts the values never matter.
 */
export interface BenchConfig {
  endpoint: string;
  clientId: string;
  userPoolId: string;
}

declare global {
  interface Window {
    __BENCH__?: BenchConfig;
  }
}

export const bench: BenchConfig = window.__BENCH__ ?? {
  endpoint: "http://127.0.0.1:1/cognito/",
  clientId: "bench-client",
  userPoolId: "us-east-1_bench",
};
