/**
 * Byte budgets, min+gzip, in bytes (1 KB = 1,000 bytes). Sizes are deterministic for a lockfile, so CI
 * enforces them exactly.
 *
 * `target` is what the product promises (issue 7). `ceiling` is what CI enforces today: the size the
 * code had when the budget was introduced, with a little room, so nothing grows while the gap to the
 * target is closed. Lower a ceiling whenever a change makes the code smaller; never raise one without
 * saying why in the commit. When a ceiling reaches its target, the target is met.
 */
export const budgets = [
  {
    id: "signin-total",
    label: "`<SignIn>` over the peers, every chunk (JS)",
    target: 12_000,
    // Raised from 29,300 for issue 19 (reading the real service's variety: null members, errors in
    // headers, error members, USER_ID_FOR_SRP carried, email MFA by both names, codes checked first):
    // 29,450 measured.
    ceiling: 29_600,
    measure: (sizes) => sizes.signin.overPeers.jsGzip,
  },
  {
    id: "signin-initial",
    label: "`<SignIn>` over the peers, initial chunk",
    target: 8_000,
    ceiling: 19_500,
    measure: (sizes) => sizes.signin.overPeers.initialGzip,
  },
  {
    id: "hooks",
    label: "Hooks alone over the peers (initial)",
    target: 4_000,
    // Raised from 10,000 for the same (issue 19): 10,198 measured; the sign-in store (issue 18) had
    // left it at 9,806.
    ceiling: 10_300,
    measure: (sizes) => sizes.hooks.overPeers.initialGzip,
  },
  {
    id: "css",
    label: "Stylesheet",
    target: 2_000,
    ceiling: 2_000,
    measure: (sizes) => sizes.signin.overPeers.cssGzip,
  },
];
