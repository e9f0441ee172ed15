/**
 * cognito-challenge-ui/protocol: reading Cognito's answers without the client: `parseChallenge` and
 * `readChallenge` (the typed view of a challenge), each operation's request builder and response parser,
 * and the exception names. The client and the stores load the same module by themselves when the first
 * request goes out; import it here to read responses you got some other way.
 */
export * from "./core/protocol";
