/**
 * Where a session keeps its tokens: the app's choice, and its risk.
 * - `memoryStorage()` (the default): gone with the tab; nothing for a script injected later to read
 *   from storage, but a reload signs the user out.
 * - `webStorage(sessionStorage)`: survives reloads of this tab only.
 * - `webStorage(localStorage)`: survives restarts and is shared by every tab; any script that runs on
 *   the origin (an XSS, a compromised dependency) can read the refresh token and use it elsewhere.
 * To keep tokens out of JavaScript altogether, refresh through your own server and keep them in
 * httpOnly cookies (README, "Keeping tokens out of the browser").
 */

export interface SessionStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryStorage(): SessionStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
    },
    remove: (key) => {
      values.delete(key);
    },
  };
}

/** A Web Storage object (`sessionStorage`, `localStorage`) as a session's storage. */
export function webStorage(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">): SessionStorage {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}
