import type { SessionChannel } from "../../src/core/session/tabs";

/**
 * A session channel that the test speaks on: `deliver` hands the session anything, as any script of the
 * origin can post anything on a BroadcastChannel.
 */
export function strayChannel() {
  let listening: (message: unknown) => void = () => {};
  const channel: SessionChannel = {
    post() {},
    listen(listener) {
      listening = listener;
      return () => {};
    },
    close() {},
  };
  return { channel, deliver: (message: unknown) => listening(message) };
}
