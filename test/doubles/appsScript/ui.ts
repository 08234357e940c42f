/**
 * The Ui of Sheets: menus, alerts, sidebars and dialogs, recorded. A published editor add-on
 * puts its items in its own menu under Extensions (Ui.createAddonMenu(), named after the
 * add-on's listing); createMenu makes a menu of its own in the menu bar, which only
 * container-bound scripts should do. https://developers.google.com/workspace/add-ons/concepts/menus
 */
import type { World } from './world.ts';

export interface MenuRecord {
  /** 'addon': the add-on's menu under Extensions; 'custom': a menu of the menu bar. */
  kind: 'addon' | 'custom';
  title: string;
  items: { caption: string; functionName: string }[];
}

export interface UiRecord {
  menus: MenuRecord[];
  alerts: { title: string; prompt: string; buttons: string }[];
  /**
   * The buttons the user will click in the next alerts, in order (a test's script). With none
   * left, the user clicks the first button of the set: OK, or YES for YES_NO.
   */
  answers: string[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
}

const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

/** The buttons of each Ui.ButtonSet; closing the dialog answers CLOSE whatever the set. */
const BUTTON_SETS = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
} as const;

export function uiService(world: World, addonName: string) {
  const ui: UiRecord = { menus: [], alerts: [], answers: [], sidebars: [], dialogs: [] };
  const menu = (kind: MenuRecord['kind'], title: string) => {
    const record: MenuRecord = { kind, title, items: [] };
    const m = {
      addItem: (caption: string, functionName: string) => {
        record.items.push({ caption, functionName });
        return m;
      },
      addSeparator: () => m,
      addSubMenu: () => m,
      addToUi: () => {
        ui.menus.push(record);
      },
    };
    return m;
  };
  const api = () =>
    world.calls.wrap('Ui', {
      createMenu: (title: string) => menu('custom', title),
      createAddonMenu: () => menu('addon', addonName),
      // alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); returns the button clicked.
      alert: (...args: unknown[]) => {
        const titled = args.length >= 2 && typeof args[1] === 'string' && !(args[1] in BUTTON_SETS);
        const [title, prompt, buttons] = titled ? args : ['', args[0], args[1]];
        const set = BUTTON_SETS[String(buttons ?? 'OK') as keyof typeof BUTTON_SETS] ?? BUTTON_SETS.OK;
        ui.alerts.push({ title: String(title), prompt: String(prompt), buttons: String(buttons ?? 'OK') });
        const answer = ui.answers.shift() ?? set[0];
        if (!(set as readonly string[]).includes(answer))
          throw new Error(`The alert offers ${set.join('/')}, not ${answer}`);
        return answer;
      },
      showSidebar: (out: { getContent(): string; getTitle(): string }) => {
        ui.sidebars.push({ title: out.getTitle(), html: out.getContent() });
      },
      showModalDialog: (out: { getContent(): string }, title: string) => {
        ui.dialogs.push({ title, html: out.getContent() });
      },
      ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
      Button: BUTTON,
    });
  return { ui, api };
}
