export { DevicesAndSessions, type DevicesAndSessionsProps } from "./DevicesAndSessions";
