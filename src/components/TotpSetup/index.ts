export { TotpSetup, type TotpSetupProps } from "./TotpSetup";
