/**
 * Byte budgets, min+gzip, in bytes (1 KB = 1,000 bytes). Sizes are deterministic for a lockfile, so CI
 * enforces them exactly.
 *
 * `target` is what the product promises (issue 20: a sign-in page's first load; undefined: none). `ceiling` is what CI
 * enforces: the size the code has, with a little room, so nothing grows unnoticed. Lower a ceiling
 * whenever a change makes the code smaller; never raise one without saying why in the commit. A budget
 * whose ceiling is at or under its target meets it.
 */
export const budgets = [
  {
    id: "signin-initial",
    label: "`<SignIn>` over the peers, first load (initial JS)",
    // 12,799 measured when the screens, the answer readers and the exceptions' English began to load on
    // demand (issue 20); 19,296 before. Raised from 12,900 for issue 22: handing a sign-in to a session
    // (the provider's session context, the sign-in store's hand-over) took it to 12,876. Raised from
    // 13,000 for issue 16 (which allows 0.5 KB): 12,901 -> 13,348; 13,337 with issue 21's operations;
    // 13,387 with issue 21's account steps inside <SignIn> ("Forgot password?", the step an error calls
    // for), paid for by moving the remember-device loader out of the challenges' screen map, which took
    // that whole map into the first load, and by handing the props on as they are. Lowered to 13,375
    // once the two errors' needs were one module for the store and <SignIn>: 13,359. The username step's own checks and
    // field errors, the step frame's actions and account line slot, the eye toggle's icon, button
    // variants, and in the store a code sent again (the held password) and choices made for the user.
    // What follows the username (ChallengeView, the countdown, the expired and signed-in steps) moved to
    // a chunk loaded as the username goes out, which paid for the rest.
    // Lowered to 13,250 for issue 28: 13,359 -> 13,228. The hardening added ~170 B here (no submit before
    // hydration, srp's refusal, the sealed React Query calls, a secretHash failure as a NetworkError);
    // threat protection's context moved to the readers' chunk, and the English only later steps show (who
    // is signing in, the countdown, the expired and signed-in steps, copy, the unsupported step, a session
    // ended, a malformed code) moved to the chunks that show it, which paid for it and ~130 B more.
    // Lowered to 13,240 for issue 27: 13,228 -> 13,220. A refused submit's field takes focus again
    // rather than a second live region; what the later steps needed went to their chunks.
    // Target 12,500 and ceiling 12,250 for issue 29: 13,220 -> 12,246. Every step of the sign-in after
    // its first call (the answers, the choices, SRP's and the devices' steps, MFA set-up, a code sent
    // again, the device remembered) loads as that call goes out, beside the answer readers
    // (core/signIn/steps.lazy.ts); the first load keeps the start, the reducer and the runtime, which
    // every journey shares. The account steps run on that runtime instead of a kit handed down. Inside
    // the readers' chunk the steps cost 63 B less here, but every app that uses the client (the session
    // alone, the operation hooks) would have loaded them with its first call.
    // Raised from 12,250 (12,245) to 12,260 (12,255): +7 for issue 34, ChallengeLayout hands the form to
    // onSubmit so that a code is read from its field and kept in no React state; +3 for issue 30,
    // InitiateAuth's top-level Session (a new account's first sign-in by USER_AUTH).
    // Raised from 12,260 (12,255) to 12,355 (12,350; 12,345 with the Lambda refusals' English) for issue 30: +95. "No account yet? Create one"
    // (`onSignUp`) and its English on the username step; the screens after the start as a component of
    // their own (`SignInSteps`), which <SignUp> renders for the sign-in it hands a new account to; and
    // the Session a first sign-in sends (StartOptions.session). Within the target.
    // Raised from 12,355 (12,348) to 12,520 (12,515) for issue 31: +167. The passkey offer once signed in
    // (`offerPasskey`): its status and the reducer's one "offered" event (shared with remembering the
    // device, -12 against two), the store's `createPasskey` and `skipPasskey`, and <SignIn>'s slot for
    // the step the app's offer brings. The offer itself (whether to offer, the registration, its step and
    // English) is a value the app imports from /passkeys: an app without it bundles none of it. 15 B over
    // the target.
    // Raised from 12,520 (12,515) to 12,535 (12,531) for issue 32: +16. `start()`'s `authParameters`
    // (+14), through which a fresh sign-in before a sensitive change is Cognito's step-up (USER_AUTH with
    // ACCESS_TOKEN, TARGET_ACR_VALUES, MAX_AGE; their names stay in /settings' stepUpParameters), and the
    // root's `hidden` (+2), which keeps a section's form (its passwords in their fields) while the fresh
    // sign-in shows. 31 B over the target.
    // Raised from 12,535 (12,531) to 12,570 (12,566) for issue 32: +35. The contact check once signed in
    // (`checkContact`, asked by the issue: without a verified email or phone a forgotten password cannot
    // be reset): <SignIn>'s slot for the step the app's check brings (+~15), and the store's
    // `heldAccessToken()` (+~20), through which that step acts for the user before the tokens are handed
    // over, without any token in state. `skipPasskey` became `continueSignIn`, the one way on from
    // either question. The check itself (whether to ask, its step, its journey and English) is a value
    // the app imports from /settings: an app without it bundles none of it. 66 B over the target.
    target: 12_500,
    ceiling: 12_570,
    measure: (sizes) => sizes.signin.overPeers.initialGzip,
  },
  {
    id: "hooks",
    label: "Hooks alone over the peers (initial, from `/hooks`)",
    // 7,517 measured (issue 20); 10,203 before. Raised from 7,600 for issue 22's hand-over: 7,594.
    // Raised from 7,700 for issue 16: 7,606 -> 7,987 (7,993 with issue 21's secretHashFor), the store's new ways on (a code sent again with the
    // password it holds for the sign-in, MFA set-up begun at once, the step count); the decisions
    // themselves load with the answer readers.
    // Raised from 8,000 for issue 21: 7,993 -> 8,128. The sign-in store ends a round on a reset or a
    // confirmation the account needs (back to the username, so no session runs out under those steps),
    // holds the password after UserNotConfirmedException, and `signInAgain` signs in with it once the
    // account is confirmed (8,136 once the two errors' needs became one module shared with <SignIn>). The
    // account journeys themselves load on demand and reach nothing of this load.
    // Raised from 8,150 for issue 28: 8,136 -> 8,299. The sign-in store refuses to send a password that
    // `srp` must prove (+~70 B), every journey call is a sealed mutation whose variables and data hold no
    // secret, with networkMode "always" (+~60 B over the observer it replaced), and the client adds threat
    // protection's context and builds account bodies within the call (+~40 B). The English moved out of
    // the first load does not help here: hooks carry none.
    // Target 7,500 and ceiling 7,050 for issue 29: 8,299 -> 7,026, from the `/hooks` entry (no screen's
    // import()). The sign-in's later steps load as its first call goes out.
    // Raised from 7,050 (7,037) to 7,160 (7,155) for issue 31: the sign-in store's passkey offer (its
    // status, the "offered" event, `createPasskey`, `skipPasskey`), as for <SignIn> above. Within the target.
    // Raised from 7,160 (7,155) to 7,250 (7,247) for issue 32: +92. The authenticator set-up
    // (useTotpSetup) turns the verified app on: Cognito leaves an app verified by access token off until
    // SetUserMFAPreference, so until now the set-up's users were never asked for their app. The command
    // loads on demand as the first code goes out (its own registry); the first load carries the option,
    // the loader, and the retry of only the turn-on after the code was spent, and `authParameters` (+14).
    // Raised from 7,250 (7,247) to 7,270 (7,265) for issue 32: +18, the store's `heldAccessToken()` and
    // `continueSignIn`, as for <SignIn> above. Within the target.
    target: 7_500,
    ceiling: 7_270,
    measure: (sizes) => sizes.hooks.overPeers.initialGzip,
  },
  {
    id: "css",
    label: "Stylesheet",
    target: 2_000,
    // Raised from 2,000 for issue 27: 1,987 -> 2,104. light-dark() tokens that follow the page's colour
    // scheme saved the two dark blocks (-30); what it bought: choices that look like choices (+48: a
    // tinted row and a chevron), a tinted error alert with an icon (+62), the card centred with room
    // above and an edge on dark pages, <SignOutButton> as wide as its label, headings' borders reset, the
    // TOTP step's phone wording (+~40 together). Over the target.
    // Raised from 2,110 for issue 34: 2,110 -> 2,200 (+90). The code field's input draws its own digits,
    // spaced one per box by container units, so a key no longer re-renders or restyles the boxes (a
    // keystroke went from 1.6x to about 1.0x a plain input's at 4x CPU); and it holds its layout against
    // an app's rules for inputs (text-align, text-indent, max-width).
    // Raised from 2,200 to 2,290 (2,289) for issue 30: +89. <SignUp>'s controls: selects styled as the
    // fields, a checkbox beside its label (an attribute, the consent) with a link that looks like one, the
    // phone field's country beside its number. One stylesheet for every component. Over the target.
    // Raised from 2,290 to 2,395 (2,390) for issue 31 (begun): +101, <Passkeys>' rows (a name and when it
    // was added, "Remove" beside them), its question (a fieldset without a fieldset's frame) and buttons
    // as wide as their labels there, the name beside "Remove" until the row is too narrow. Over the target.
    // Raised from 2,395 (2,390) to 2,405 (2,400) for issue 32: +10. The account sections' rows share
    // <Passkeys>' (renamed items/item), a row's two buttons side by side ("Verify", "Change": the
    // question's flex rule, shared), and a label used as a section's subheading loses its margin.
    ceiling: 2_405,
    measure: (sizes) => sizes.signin.overPeers.cssGzip,
  },
  {
    id: "signup-initial",
    label: "`<SignUp>` over the peers, first load (initial JS, from `/sign-up`)",
    // Issue 30 asks for 13 KB. 16,464 measured at first: the form (4.7 KB minified: the username as the pool names
    // users, the attributes by type, the password's rules, consent, the refusals' fields), the journey's
    // first half, the phone field's shell, and the sign-in the new account is handed to (~4 KB gzip: the
    // sign-in's first-load half and <SignIn>'s screens). That sign-in cannot load on demand under the
    // rule that a lazy module imports no runtime: it is the sign-in's first load. The phone's countries
    // and metadata (36.3 KB) and every step after the form load on demand. Over the target.
    // Then 16,686: "email or phone" as the username (one field read as either, its two messages), +~220.
    // Then 16,843 (ceiling 16,850) for issue 31: the sign-in it hands over to carries the passkey offer's
    // status, actions and slot, as <SignIn> does (+~160).
    // Then 16,920 (ceiling 16,925), issue 32: +76. The new password kept in its field with the pool's
    // rules is one component (RuledPasswordField) for the sign-up and the account page's password
    // section, and every standalone component hands its root its look through one function (lookOf):
    // a component's and a module's own overhead, paid here for not keeping two copies in step.
    // Then 16,932 (ceiling 16,935), issue 32: +12, the sign-in's `authParameters` and the root's `hidden`,
    // as for <SignIn> above. Then 16,947 (ceiling 16,950), +15: an attribute's field (AttributeField,
    // CheckField) is one module for the sign-up and the account page's profile, not two copies.
    // Then 16,983 (ceiling 16,985), issue 32: +36, the contact check's slot and `heldAccessToken()`, as
    // for <SignIn> above (a new account may be asked too: `<SignUp checkContact>`).
    target: 13_000,
    ceiling: 16_985,
    measure: (sizes) => sizes.signup.overPeers.initialGzip,
  },
  {
    id: "session",
    label: "The session over the provider (every chunk)",
    target: 4_000,
    // 3,796 measured (issue 22): the store, the claims, the tabs (with the mark of a spent refresh
    // token, which keeps two tabs from refreshing one token twice), the refresh and revoke operations,
    // useSession and <SignOutButton>.
    // Raised from 3,900 for issue 28: 3,796 -> 4,589. What the session takes is read, not trusted: channel
    // messages (a version, a known type) and stored values member by member, access tokens whose claims
    // decode (InvalidTokenError), JWT claims without prototype keys; the lock wait times out; forceRefresh;
    // the ID token's expiry and a clock that jumps back; waits on the injected timers. Over the target.
    // Raised from 4,600 for issue 29: 4,560 -> 5,001. The session runs on the journey runtime that every
    // store shares (createJourney, the single flight, the state container, ~+420); an app with a sign-in
    // or any other journey has it already. Over the target.
    // Raised from 5,025 (5,024) to 5,065 (5,060) for issue 32: +36. A sign-in in place of one the
    // session holds (a fresh sign-in before a sensitive change) revokes the refresh token it replaces,
    // which otherwise stayed valid for its whole life and was listed as another session; and a refresh
    // whose tokens were replaced while it was out no longer ends the session when refused.
    ceiling: 5_065,
    measure: (sizes) => sizes.session.overPeers.jsGzip - sizes.provider.overPeers.jsGzip,
  },
  {
    id: "signin-total",
    label: "`<SignIn>` over the peers, every chunk (JS)",
    // No promise: no sign-in loads every screen. Each of the ~20 chunks is compressed on its own and
    // imports what it shares, so the sum grew when the screens left the first load (29,447 -> 37,034
    // measured, issue 20) while a password-then-code sign-in loads less than before; the ceiling only
    // keeps the sum from growing unnoticed. Raised from 37,200 for issue 22: handing a sign-in to a
    // session (its context in the provider and the sign-in store) took it to 37,350. Raised from 37,500
    // for issue 16: 37,387 -> 41,543. The segmented code field, the password rules checked as typed,
    // client-side checks and field errors on every screen, the QR step's key and app link, the
    // decisions made for the user, and two more chunks (the steps after the username; the choices).
    // Raised again from 41,600 for issue 21: 41,683, the account operations' exception lists (read with
    // every answer, in the readers' chunk) and the English for CodeDeliveryFailureException; then 41,819:
    // the code field takes focus again after a new code, and the password rules and the resend cooldown
    // became modules of their own, shared with the password-reset screens; then 41,923 once the
    // new-password field (with its rules and check) and the sentence saying where a code went became one
    // component and one function for the challenge screens and the reset screens alike.
    // Raised from 42,000 for issue 21: 41,923 -> 47,403, the account steps inside <SignIn> (a chunk of
    // their own, loaded only when an account needs one: the reset and confirmation steps, their stores and
    // hooks, the shared code step, their English) and the account operations' readers. Lowered to 47,400
    // once the password step was one component for PASSWORD and SELECT_CHALLENGE: 47,348.
    // Raised from 47,400 for issue 28: 47,348 -> 47,768. The hardening's code in the first load and the
    // readers (threat protection's context, base32 SecretCodes), and the English moved out of the first
    // load, which costs more spread over the chunks that show it than it saved there.
    // Raised from 47,800 for issue 27: 47,768 -> 48,122. Errors on their own field (fieldOfError, in the
    // code field's chunk), Cognito's default password rules after a refusal, "Too many incorrect codes"
    // told apart on the expired step, the TOTP step's phone wording, WebAuthn's problems in the step's
    // one alert, one title and one cooldown line for the code steps. The first load lost 8 B meanwhile.
    // Raised from 48,150 for issue 29, which asked for no rise (47.4 KB when it was written, before issues
    // 28 and 27 took it to 48,122): 48,122 -> 48,960. The sign-in's steps after the first call are a
    // chunk of their own now (-974 on the first load, -1,273 for the hooks): the flow's members they use
    // cross a chunk boundary, where minifiers cannot shorten them, each chunk is compressed alone, and
    // esbuild splits what the first load and that chunk share (+374 of it against the steps inside the
    // readers' chunk, which every app using the client would then load). The account steps' chunk shrank
    // by 0.5 KB (no kit, one runtime); the registries cost 73 B; one screen for the four sent codes and
    // the shared reset and confirmation parts, ~0.
    // Raised from 49,000 for issue 34 (begun): 48,960 -> 49,087. The code step's field keeps the code as
    // state of its own (CodeField), so a key re-renders the field and not the whole step: per keystroke,
    // 1.60x -> 0.97-1.02x the bare form at normal speed, 2.26x -> 1.88-1.95x at 4x CPU (bench:render,
    // five loads, two runs).
    // Raised from 49,100 (49,095) to 49,200 (49,195): +~75 for issue 34, the code read from the form in
    // three steps, the account code step's fresh field per new code, and OtpInput's completion kept
    // outside React; +~25 for issue 30, SignUp's 17 exception names in the client's lists (every
    // operation's list loads with the readers; its reader and command stay in /account).
    // Raised from 49,200 to 49,300 (49,293) for issue 30: the first load's +95 above. While <SignUp> was in
    // the main entry it was 49,955: esbuild split the account steps' shared modules for its import()s,
    // though no <SignIn> app bundles <SignUp>; hence the `/sign-up` entry.
    // Raised to 49,310 (49,302) for issue 31 (begun): +9, a command may carry its exception list, so
    // that operations no sign-in calls (the passkeys') stay out of every app's answer readers, where their
    // five lists cost 168 B (measured) for any app that sends a call.
    // Raised from 49,310 (49,301) to 50,780 (50,775) for issue 31: +1,474. A passkey Cognito does not
    // know is told to the browser (the Signal API) and said as UnknownPasskeyError, by the WEB_AUTHN step
    // and by autofill alike: a chunk of its own that both load (+507); the later steps hand the tokens to
    // the passkey offer and run its creation (+303); SELECT_CHALLENGE says when the preferred factor is
    // missing ("Your account has no passkey now", +153); WEB_AUTHN's "Sign in another way" (+65); the
    // English (+51); the first load's +167 above; and ~10 B in each chunk that imports the first load's
    // shared chunk, whose exports grew. The offer's own code stays out of <SignIn>'s bundle.
    // Raised from 50,780 (50,775) to 50,830 (50,828) for issue 32: +53. The first load's +16 above; the
    // later steps' `knownUser` (a fresh sign-in says who it is with no "Use another account", +~25); and
    // the shared chunks' grown exports.
    // Raised from 50,830 (50,828) to 50,980 (50,974) for issue 32: +146. The first load's +35 above; the
    // later steps' hand-over asks the app's contact check before the passkey offer, and `continueSignIn`
    // goes on from either (+~80); and the shared chunks' grown exports.
    target: undefined,
    ceiling: 50_980,
    measure: (sizes) => sizes.signin.overPeers.jsGzip,
  },
];
