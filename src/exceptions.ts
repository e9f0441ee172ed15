/**
 * cognito-challenge-ui/exceptions: every exception name each operation can return, as AWS's service
 * model lists them, at run time (e.g. to test an app's own messages for each). The main entry has the
 * same names as types; the client loads these lists by itself when an error answer arrives.
 */
export { OPERATION_EXCEPTIONS } from "./core/client/exceptions";
