export { type ContactCheck, contactCheck } from "./contactCheck";
export type { ContactCheckStepProps, ContactCheckViewProps } from "./types";
