"use client";
import type { Messages } from "../../i18n/en";
import { rememberDeviceEn } from "../../i18n/en/rememberDevice";
import { ChallengeLayout } from "../ChallengeLayout";
import { Button } from "../primitives/Button";
import { useMessages } from "../useMessages";

export interface RememberDeviceStepProps {
  /** What the hook's state says: a request is in flight, and the last error. */
  flow: { pending: boolean; error: unknown; rememberDevice: (remember: boolean) => Promise<void> };
  messages?: Partial<Messages>;
  className?: string;
  autoFocus?: boolean;
}

/**
 * After a sign-in on a device Cognito has just met: remember it (it then stands in for MFA here) or not.
 * Either choice completes the sign-in; an error while remembering leaves both choices on screen.
 */
export function RememberDeviceStep({
  flow,
  messages: overrides,
  className,
  autoFocus = true,
}: RememberDeviceStepProps) {
  const messages = useMessages(overrides, rememberDeviceEn);
  return (
    <ChallengeLayout
      name="REMEMBER_DEVICE"
      title={messages["rememberDevice.title"]}
      description={messages["rememberDevice.description"]}
      error={flow.error}
      pending={flow.pending}
      messages={overrides}
      className={className}
      autoFocus={autoFocus}
      onSubmit={() => void flow.rememberDevice(true)}
      actions={
        <>
          <Button type="submit" pending={flow.pending} pendingLabel={messages["common.pending"]}>
            {messages["rememberDevice.remember"]}
          </Button>
          <Button pending={flow.pending} onClick={() => void flow.rememberDevice(false)}>
            {messages["rememberDevice.skip"]}
          </Button>
        </>
      }
    />
  );
}
