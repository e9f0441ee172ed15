export { useCooldown } from "./useCooldown";
