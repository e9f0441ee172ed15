import type { FakeCognitoOptions } from "../../src/testing/index";

/**
 * Options every fake made by the render helpers starts with, before the test's own: a test file sets
 * `realism` here to run its flows against the real service's variety too (see `runWithAndWithoutRealism`).
 */
export const fakeDefaults: Partial<FakeCognitoOptions> = {};

/** Runs a block of tests twice: against the tidy fake, and against the fake under realism. */
export function runWithAndWithoutRealism(title: string, tests: () => void): void {
  describe.each([
    ["tidy", false],
    ["with realism", true],
  ])(`${title} (%s)`, (_label, realism) => {
    beforeEach(() => {
      fakeDefaults.realism = realism;
    });
    afterEach(() => {
      delete fakeDefaults.realism;
    });
    tests();
  });
}
