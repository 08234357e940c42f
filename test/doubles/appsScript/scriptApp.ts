/**
 * ScriptApp's installable triggers as an editor add-on has them. Triggers belong to the user
 * and the project: getProjectTriggers() lists the user's triggers of every document, while
 * getUserTriggers(spreadsheet) lists those made in one document. An add-on may run a
 * time-driven trigger at most hourly and may keep one of each kind per user and document; its
 * hour is read in the script's time zone unless inTimezone() says otherwise.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import { ScriptError } from './scriptError.ts';
import type { World } from './world.ts';

export interface Trigger {
  id: string;
  handler: string;
  kind: 'CLOCK';
  /** The spreadsheet the trigger was made in (null when made outside any document). */
  documentId: string | null;
  everyHours: number | null;
  everyDays: number | null;
  atHour: number | null;
  /** The zone its hour is read in. */
  timeZone: string;
}

export function scriptAppService(world: World) {
  const triggers: Trigger[] = [];
  let nextTrigger = 1;

  const triggerApi = (t: Trigger) =>
    world.calls.wrap('Trigger', {
      getHandlerFunction: () => t.handler,
      getUniqueId: () => t.id,
      getEventType: () => t.kind,
      getTriggerSource: () => 'CLOCK',
      getTriggerSourceId: () => null,
    });

  const clockBuilder = (trigger: Trigger) => {
    const b = {
      everyHours: (n: number) => {
        if (![1, 2, 4, 6, 8, 12].includes(n))
          throw new ScriptError('The hour interval must be 1, 2, 4, 6, 8 or 12.');
        trigger.everyHours = n;
        return b;
      },
      everyMinutes: (_n: number) => {
        throw new ScriptError('Add-ons can only create time-based triggers that run at most once per hour.');
      },
      everyDays: (n: number) => {
        trigger.everyDays = n;
        return b;
      },
      atHour: (h: number) => {
        if (h < 0 || h > 23) throw new ScriptError('The hour must be between 0 and 23.');
        trigger.atHour = h;
        return b;
      },
      nearMinute: () => b,
      inTimezone: (timeZone: string) => {
        trigger.timeZone = timeZone;
        return b;
      },
      create: () => {
        if (triggers.some((t) => t.kind === trigger.kind && t.documentId === trigger.documentId)) {
          throw new ScriptError(
            'This add-on has created too many time-based triggers in this document for this Google user account.',
          );
        }
        triggers.push(trigger);
        return triggerApi(trigger);
      },
    };
    return b;
  };

  const api = world.calls.wrap('ScriptApp', {
    newTrigger: (handler: string) => ({
      timeBased: () =>
        clockBuilder({
          id: `trigger-${nextTrigger++}`,
          handler,
          kind: 'CLOCK',
          documentId: world.activeBook()?.id ?? null,
          everyHours: null,
          everyDays: null,
          atHour: null,
          timeZone: world.scriptTimeZone,
        }),
    }),
    getProjectTriggers: () => triggers.map(triggerApi),
    getUserTriggers: (document: { getId(): string }) =>
      triggers.filter((t) => t.documentId === document.getId()).map(triggerApi),
    deleteTrigger: (t: { getUniqueId(): string }) => {
      const i = triggers.findIndex((x) => x.id === t.getUniqueId());
      if (i >= 0) triggers.splice(i, 1);
    },
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
    getOAuthToken: () => 'apps-script-token',
  });
  return { api, triggers };
}
