/**
 * Flow stories wait for a person: their play function (the automated sign-in) runs in the story tests,
 * which Vitest runs in mode "test", and not when someone opens the story in Storybook, so that every
 * flow can be finished by hand with the codes in the panel. The same stories are still played, with axe,
 * by `npm test`.
 */
export function played<Context>(
  play: (context: Context) => Promise<void>,
): (context: Context) => Promise<void> {
  return async (context) => {
    if ((import.meta as { env?: { MODE?: string } }).env?.MODE !== "test") return;
    await play(context);
  };
}
