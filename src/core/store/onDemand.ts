/**
 * Something loaded once, on first use (an `import()` of code the first load does not carry). Every
 * caller shares the one load; a failed one is forgotten, so that the next call, a retry, loads again.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw cause;
    });
    return loading;
  };
}
