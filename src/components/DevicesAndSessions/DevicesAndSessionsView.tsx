"use client";
import { useEffect, useId, useState } from "react";
import type { DeviceDescription, UserSessionDescription } from "../../core/types";
import { devicesEn } from "../../i18n/en/devices";
import { errorMessage, format, isolate } from "../../i18n/format";
import { GatedRoot } from "../FreshSignIn/GatedRoot";
import { Button } from "../primitives/Button";
import { ErrorMessage } from "../primitives/ErrorMessage";
import { lookOf } from "../UiRoot/lookOf";
import { type MessagesOf, useMessages } from "../useMessages";
import type { DevicesAndSessionsViewProps } from "./types";

type DevicesMessages = MessagesOf<typeof devicesEn>;

const when = (ms: number | undefined) =>
  ms === undefined ? "" : new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(ms);

/** <DevicesAndSessions>'s screen, handed its state and fresh sign-in by DevicesAndSessionsSection: no runtime of its own. */
export function DevicesAndSessionsView(props: DevicesAndSessionsViewProps) {
  const { messages: overrides } = props;
  const messages = useMessages(overrides, devicesEn);
  const { state: lists, fresh } = props;

  const { load } = lists;
  // What was last done, said politely.
  const [said, setSaid] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void load();
  }, [load]);
  const act = async (action: Promise<void>, done: string) => {
    setSaid(null);
    await action;
    setSaid(done);
  };
  const others = (lists.sessions ?? []).filter((session) => !session.isCurrentSession);
  // This device first, then the others by their last activity, most recent first.
  const sessions = lists.sessions && [
    ...lists.sessions.filter((session) => session.isCurrentSession),
    ...others.sort((a, b) => (b.lastActiveAt ?? 0) - (a.lastActiveAt ?? 0)),
  ];
  return (
    <GatedRoot fresh={fresh} {...lookOf(props)} messages={overrides} state={lists.status}>
      <section
        data-slot="step"
        data-challenge="DEVICES"
        // Still listing: on its way by itself.
        data-state={lists.status === "loading" && lists.error === undefined ? "loading" : undefined}
        aria-labelledby={`${id}-title`}
        aria-busy={lists.pending || undefined}
      >
        <div data-slot="header">
          <h2 data-slot="title" id={`${id}-title`}>
            {messages["devices.title"]}
          </h2>
          <p data-slot="description">{messages["devices.intro"]}</p>
        </div>
        {lists.status === "loading" ? (
          <p data-slot="status" role="status">
            {messages["common.loading"]}
          </p>
        ) : (
          <>
            <h3 data-slot="label">{messages["devices.remembered"]}</h3>
            {lists.devices.length === 0 ? (
              <p data-slot="description">{messages["devices.none"]}</p>
            ) : (
              <ul data-slot="items">
                {lists.devices.map((device) => (
                  <DeviceItem
                    key={device.deviceKey}
                    device={device}
                    messages={messages}
                    busy={lists.pending}
                    onForget={() => void act(lists.forget(device.deviceKey), messages["devices.forgotten"])}
                  />
                ))}
              </ul>
            )}
            {sessions ? (
              <>
                <h3 data-slot="label">{messages["devices.sessions"]}</h3>
                <ul data-slot="items">
                  {sessions.map((session) => (
                    <SessionItem
                      key={session.sessionId}
                      session={session}
                      messages={messages}
                      busy={lists.pending}
                      onSignOut={() =>
                        fresh.guard(() =>
                          act(lists.signOut(session.sessionId), messages["devices.signedOut"]),
                        )
                      }
                    />
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
        <ErrorMessage id={`${id}-error`}>
          {lists.error === undefined ? null : errorMessage(lists.error, messages)}
        </ErrorMessage>
        {others.length > 1 ? (
          <div data-slot="actions">
            <Button
              variant="secondary"
              pending={lists.pending}
              onClick={() => fresh.guard(() => act(lists.signOutOthers(), messages["devices.signedOut"]))}
            >
              {messages["devices.signOutOthers"]}
            </Button>
          </div>
        ) : null}
        <p data-slot="status" role="status">
          {said}
        </p>
      </section>
    </GatedRoot>
  );
}

function DeviceItem({
  device,
  messages,
  busy,
  onForget,
}: {
  device: DeviceDescription;
  messages: DevicesMessages;
  busy: boolean;
  onForget: () => void;
}) {
  const name = isolate(device.attributes.device_name || messages["devices.unnamed"]);
  return (
    <li data-slot="item">
      <div>
        <strong data-slot="item-name">{name}</strong>
        <span data-slot="hint">
          {format(messages["devices.lastUsed"], {
            date: when(device.lastAuthenticatedAt ?? device.createdAt),
          })}
        </span>
      </div>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={onForget}
        aria-label={format(messages["devices.forgetNamed"], { name })}
      >
        {messages["devices.forget"]}
      </Button>
    </li>
  );
}

function SessionItem({
  session,
  messages,
  busy,
  onSignOut,
}: {
  session: UserSessionDescription;
  messages: DevicesMessages;
  busy: boolean;
  onSignOut: () => void;
}) {
  const name = isolate(session.deviceType || messages["devices.unknownDevice"]);
  const where = [session.lastLocation?.city, session.lastLocation?.country].filter(Boolean).join(", ");
  return (
    <li data-slot="item" data-current={session.isCurrentSession ? "" : undefined}>
      <div>
        <strong data-slot="item-name">{name}</strong>
        <span data-slot="hint">
          {format(messages["devices.signedIn"], { date: when(session.createdAt) })}
          {where ? ` · ${isolate(where)}` : ""}
        </span>
      </div>
      {session.isCurrentSession ? (
        <span data-slot="hint">{messages["devices.thisDevice"]}</span>
      ) : (
        <Button
          variant="secondary"
          disabled={busy}
          onClick={onSignOut}
          aria-label={format(messages["devices.signOutNamed"], { name })}
        >
          {messages["devices.signOut"]}
        </Button>
      )}
    </li>
  );
}
