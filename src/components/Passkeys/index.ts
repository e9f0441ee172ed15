export { Passkeys, type PasskeysProps } from "./Passkeys";
