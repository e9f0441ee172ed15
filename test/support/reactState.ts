/**
 * Every string React holds as hook state under a rendered container (useState, useReducer, useMemo,
 * useRef's object too), read from React's fibers: what React DevTools or a re-render could show. A test
 * support only: the fiber fields are React's own, stable across 18 and 19.
 */
interface Fiber {
  memoizedState: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  tag: number;
}

// React's tags for components whose memoizedState is a list of hooks.
const FUNCTION_COMPONENTS = new Set([0, 11, 14, 15]);

function fiberOf(element: Element): Fiber {
  const key = Object.keys(element).find((name) => name.startsWith("__reactContainer$"));
  if (!key) throw new Error("not a React root container");
  return (element as unknown as Record<string, Fiber>)[key] as Fiber;
}

function stringsIn(value: unknown, into: string[], depth = 0): void {
  if (typeof value === "string") into.push(value);
  if (!value || typeof value !== "object" || depth > 3 || value instanceof Node) return;
  for (const item of Object.values(value)) stringsIn(item, into, depth + 1);
}

/** The strings in the hook state of every function component rendered into `container`. */
export function hookStateStrings(container: Element): string[] {
  const found: string[] = [];
  const visit = (fiber: Fiber | null) => {
    for (let node = fiber; node; node = node.sibling) {
      if (FUNCTION_COMPONENTS.has(node.tag)) {
        for (let hook = node.memoizedState as { memoizedState: unknown; next: unknown } | null; hook; ) {
          stringsIn(hook.memoizedState, found);
          hook = hook.next as typeof hook;
        }
      }
      visit(node.child);
    }
  };
  visit(fiberOf(container));
  return found;
}
