export { TotpEnrollment, type TotpEnrollmentProps } from "./TotpEnrollment";
