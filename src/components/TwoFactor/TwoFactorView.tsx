"use client";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { isLastRequired, type MfaMethod, mfaMethods } from "../../core/settings/twoFactor";
import type { UseTotpSetupResult } from "../../hooks/useTotpSetup";
import { mfaSetupEn } from "../../i18n/en/mfaSetup";
import { twoFactorEn } from "../../i18n/en/twoFactor";
import { format, isolate } from "../../i18n/format";
import { ChallengeLayout } from "../ChallengeLayout";
import { GatedRoot } from "../FreshSignIn/GatedRoot";
import { Button } from "../primitives/Button";
import { TotpEnrollment } from "../TotpEnrollment";
import { lookOf } from "../UiRoot/lookOf";
import { type MessagesOf, useMessages } from "../useMessages";
import type { TwoFactorViewProps } from "./types";

type TwoFactorMessages = MessagesOf<typeof twoFactorEn & typeof mfaSetupEn>;

/** <TwoFactor>'s screen, handed its state and fresh sign-in by TwoFactorSection: no runtime of its own. */
export function TwoFactorView(props: TwoFactorViewProps) {
  const { methods = mfaMethods, required, onChanged, messages: overrides } = props;
  const part = useMemo(() => ({ ...mfaSetupEn, ...twoFactorEn }), []);
  const messages = useMessages(overrides, part);
  const { state: mfa, setup, fresh } = props;

  const { load } = mfa;
  const [settingUp, setSettingUp] = useState(false);
  // What was last done, said politely.
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  // The app verified and on: back to the list, said, and read again.
  const appDone = setup.status === "done";
  const { reset } = setup;
  const onDone = useRef(() => {});
  onDone.current = () => {
    reset();
    setSettingUp(false);
    setSaid(messages["twoFactor.appAdded"]);
    void load();
    onChanged?.();
  };
  useEffect(() => {
    if (appDone) onDone.current();
  }, [appDone]);
  const act = async (action: Promise<void>) => {
    setSaid(null);
    await action;
    setSaid(messages["twoFactor.saved"]);
  };
  const root = (children: ReactNode) => (
    <GatedRoot
      fresh={fresh}
      {...lookOf(props)}
      messages={overrides}
      state={settingUp ? "settingUp" : mfa.status}
    >
      {children}
    </GatedRoot>
  );

  if (settingUp)
    return root(
      <AppSetUp
        {...props}
        accountName={props.accountName ?? mfa.email ?? mfa.username ?? ""}
        messages={messages}
        setup={setup}
        onCancel={() => {
          setup.reset();
          setSettingUp(false);
        }}
      />,
    );

  return root(
    <ChallengeLayout
      name="TWO_FACTOR"
      title={messages["twoFactor.title"]}
      description={messages["twoFactor.intro"]}
      error={mfa.error}
      pending={mfa.pending || mfa.status === "loading"}
      messages={overrides}
      // An account page: focus stays where the user is until they come to this section.
      autoFocus={false}
      status={said}
      actions={
        mfa.status === "loading" && mfa.error !== undefined ? (
          <Button variant="primary" onClick={() => void load()}>
            {messages["common.retry"]}
          </Button>
        ) : null
      }
    >
      {() =>
        mfa.status === "loading" ? null : (
          <>
            {mfa.enabled.length === 0 ? <p data-slot="hint">{messages["twoFactor.none"]}</p> : null}
            <ul data-slot="items">
              {methods.map((method) => (
                <MethodItem
                  key={method}
                  method={method}
                  on={mfa.enabled.includes(method)}
                  preferred={mfa.preferred === method}
                  // With one method on, Cognito asks for it: no choice to make.
                  choosable={mfa.enabled.length > 1}
                  locked={isLastRequired(mfa, { required }, method)}
                  destination={
                    method === "SMS_MFA" ? mfa.phone : method === "EMAIL_OTP" ? mfa.email : undefined
                  }
                  messages={messages}
                  busy={mfa.pending}
                  onSetUp={() =>
                    fresh.guard(() => {
                      setSaid(null);
                      setSettingUp(true);
                    })
                  }
                  onTurnOn={() => fresh.guard(() => act(mfa.turnOn(method, mfa.enabled.length === 0)))}
                  onTurnOff={() => fresh.guard(() => act(mfa.turnOff(method)))}
                  onPrefer={() => fresh.guard(() => act(mfa.prefer(method)))}
                />
              ))}
              {mfa.hasPasskey ? (
                <PasskeyItem
                  on={mfa.passkeyMfa}
                  // Cognito requires another method on before a passkey counts as the second step.
                  canTurnOn={mfa.enabled.length > 0}
                  messages={messages}
                  busy={mfa.pending}
                  onSet={(enabled) => fresh.guard(() => act(mfa.setPasskeyMfa(enabled)))}
                />
              ) : null}
            </ul>
          </>
        )
      }
    </ChallengeLayout>,
  );
}

function MethodItem(props: {
  method: MfaMethod;
  on: boolean;
  preferred: boolean;
  choosable: boolean;
  locked: boolean;
  destination: string | undefined;
  messages: TwoFactorMessages;
  busy: boolean;
  onSetUp: () => void;
  onTurnOn: () => void;
  onTurnOff: () => void;
  onPrefer: () => void;
}) {
  const { method, on, messages, busy } = props;
  const name = messages[`twoFactor.${method}`];
  const isApp = method === "SOFTWARE_TOKEN_MFA";
  // Text messages and email need somewhere to send the code; the app is set up here.
  const missing = isApp
    ? undefined
    : props.destination === undefined
      ? messages[method === "SMS_MFA" ? "twoFactor.noPhone" : "twoFactor.noEmail"]
      : undefined;
  const where = isApp
    ? messages["twoFactor.appHint"]
    : (missing ?? format(messages["twoFactor.sentTo"], { destination: isolate(props.destination ?? "") }));
  const state = on
    ? props.preferred && props.choosable
      ? `${messages["twoFactor.on"]}, ${messages["twoFactor.preferred"]}`
      : messages["twoFactor.on"]
    : messages["twoFactor.off"];
  return (
    <li data-slot="item" data-state={on ? "on" : "off"}>
      <div>
        <strong data-slot="item-name">{name}</strong>
        <span data-slot="hint">
          {state} · {where}
        </span>
        {on && props.locked ? <span data-slot="hint">{messages["twoFactor.required"]}</span> : null}
      </div>
      <span data-slot="item-actions">
        {on && props.choosable && !props.preferred ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={props.onPrefer}
            aria-label={format(messages["twoFactor.preferNamed"], { name })}
          >
            {messages["twoFactor.prefer"]}
          </Button>
        ) : null}
        {on && !props.locked ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={props.onTurnOff}
            aria-label={format(messages["twoFactor.turnOffNamed"], { name })}
          >
            {messages["twoFactor.turnOff"]}
          </Button>
        ) : null}
        {!on && isApp ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={props.onSetUp}
            aria-label={format(messages["twoFactor.setUpNamed"], { name })}
          >
            {messages["twoFactor.setUp"]}
          </Button>
        ) : null}
        {!on && !isApp && missing === undefined ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={props.onTurnOn}
            aria-label={format(messages["twoFactor.turnOnNamed"], { name })}
          >
            {messages["twoFactor.turnOn"]}
          </Button>
        ) : null}
      </span>
    </li>
  );
}

/**
 * Passkey sign-in as the second step. Cognito never says whether it is on, so until it is set here the
 * row offers both ways, and says neither.
 */
function PasskeyItem(props: {
  on: boolean | undefined;
  canTurnOn: boolean;
  messages: TwoFactorMessages;
  busy: boolean;
  onSet: (enabled: boolean) => void;
}) {
  const { on, messages, busy } = props;
  const name = messages["twoFactor.WEB_AUTHN"];
  const hint = props.canTurnOn ? messages["twoFactor.passkeyHint"] : messages["twoFactor.passkeyNeedsOther"];
  const button = (enabled: boolean) => (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={() => props.onSet(enabled)}
      aria-label={format(messages[enabled ? "twoFactor.turnOnNamed" : "twoFactor.turnOffNamed"], { name })}
    >
      {messages[enabled ? "twoFactor.turnOn" : "twoFactor.turnOff"]}
    </Button>
  );
  return (
    <li data-slot="item" data-state={on === undefined ? undefined : on ? "on" : "off"}>
      <div>
        <strong data-slot="item-name">{name}</strong>
        <span data-slot="hint">
          {on === undefined ? hint : `${messages[on ? "twoFactor.on" : "twoFactor.off"]} · ${hint}`}
        </span>
      </div>
      <span data-slot="item-actions">
        {on !== true && props.canTurnOn ? button(true) : null}
        {on !== false ? button(false) : null}
      </span>
    </li>
  );
}

/** The authenticator app's set-up inside the section: a new secret at once, then its first code. */
function AppSetUp(
  props: TwoFactorViewProps & {
    accountName: string;
    messages: TwoFactorMessages;
    setup: UseTotpSetupResult;
    onCancel: () => void;
  },
) {
  const { messages, setup } = props;
  const { start } = setup;
  useEffect(() => {
    void start();
  }, [start]);
  const cancel = (
    <Button variant="link" onClick={props.onCancel}>
      {messages["twoFactor.cancel"]}
    </Button>
  );
  if (setup.status === "associated" && setup.secretCode)
    return (
      <TotpEnrollment
        name="TOTP_SETUP"
        secretCode={setup.secretCode}
        issuer={props.totpIssuer}
        account={props.accountName}
        onVerify={setup.verify}
        askDeviceName
        renderQrCode={props.renderQrCode}
        writeText={props.writeText}
        pending={setup.pending}
        error={setup.error}
        footer={cancel}
      />
    );
  // Asking for the secret, or it could not be had: say so, with a way on and a way back.
  return (
    <ChallengeLayout
      name="TOTP_SETUP"
      title={messages["twoFactor.SOFTWARE_TOKEN_MFA"]}
      error={setup.error}
      pending={setup.pending}
      onSubmit={() => void start()}
      actions={
        <>
          {setup.error !== undefined ? (
            <Button type="submit" pending={setup.pending} pendingLabel={messages["common.pending"]}>
              {messages["common.retry"]}
            </Button>
          ) : (
            <p data-slot="status" role="status">
              {messages["common.loading"]}
            </p>
          )}
          {cancel}
        </>
      }
    />
  );
}
