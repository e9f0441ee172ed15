export { SignOutButton, type SignOutButtonProps } from "./SignOutButton";
