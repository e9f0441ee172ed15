export { Done, type DoneProps } from "./Done";
