/** Code loaded on first use: one load for every caller, and a failed load that a retry repeats. */
import { onDemand } from "../../src/core/store/onDemand";

describe("onDemand", () => {
  it("loads once for every caller, and not before the first call", async () => {
    let loads = 0;
    const load = onDemand(async () => {
      loads += 1;
      return { module: "protocol" };
    });
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(loads).toBe(1);
  });

  it("forgets a failed load, so the next call (a retry) loads again", async () => {
    const outcomes = [new TypeError("Failed to fetch dynamically imported module"), "loaded"];
    let loads = 0;
    const load = onDemand(async () => {
      const outcome = outcomes[loads++];
      if (outcome instanceof Error) throw outcome;
      return outcome;
    });
    await expect(load()).rejects.toThrow("Failed to fetch dynamically imported module");
    await expect(load()).resolves.toBe("loaded");
    await expect(load()).resolves.toBe("loaded");
    expect(loads).toBe(2);
  });
});
