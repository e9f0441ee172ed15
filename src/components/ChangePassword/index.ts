export { ChangePassword, type ChangePasswordProps } from "./ChangePassword";
