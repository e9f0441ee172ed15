export { FakeCognitoOutbox, type FakeCognitoOutboxProps } from "./FakeCognitoOutbox";
