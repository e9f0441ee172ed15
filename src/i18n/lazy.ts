// The messages' registry of what loads on demand: the English of Cognito's exceptions, which only a
// step that shows an error needs. Its target is a `*.lazy` module (`npm test` checks; ARCHITECTURE.md).
export const loadExceptionsEn = () => import("./en/exceptions.lazy");
