export { TwoFactor, type TwoFactorProps } from "./TwoFactor";
