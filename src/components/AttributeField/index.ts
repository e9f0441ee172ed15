export { AttributeField, type AttributeFieldProps, CheckField, type CheckFieldProps } from "./AttributeField";
