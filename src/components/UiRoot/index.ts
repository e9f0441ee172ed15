export { UiRoot, type UiRootProps } from "./UiRoot";
