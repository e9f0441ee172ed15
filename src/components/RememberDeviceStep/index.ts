export { RememberDeviceStep, type RememberDeviceStepProps } from "./RememberDeviceStep.lazy";
