import { parseSelection } from '@crm/shared/extract';
import browser from 'webextension-polyfill';
import { ExtractedContactSchema } from '../model/extractedContactSchema.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { openSidePanel } from '../worker/openSidePanel.ts';
import { type PendingSelection, readSettings, writePendingSelection } from '../worker/storage.ts';
import { defineFeature } from './feature.ts';

export const CLIP_MENU_ID = 'clip-selection';
/** Selections longer than this are cut: a signature or business card is a few hundred characters. */
const MAX_SELECTION = 5000;

/**
 * Parses a selected block (email signature, 名片 block) into a contact and leaves it for the
 * side panel to review. Returns null when nothing contact-like was selected.
 */
export async function clipSelection(text: string, pageUrl: string | null): Promise<PendingSelection | null> {
  const settings = await readSettings();
  const found = parseSelection(text.slice(0, MAX_SELECTION), {
    region: settings.region,
    ...(pageUrl ? { url: pageUrl } : {}),
  });
  if (!found) return null;
  const contact = ExtractedContactSchema.safeParse(found);
  if (!contact.success) return null;
  const selection: PendingSelection = { contact: contact.data, url: pageUrl, at: Date.now() };
  await writePendingSelection(selection);
  return selection;
}

/**
 * contextMenus.onClicked logic, named so tests can call it through the service worker (Playwright
 * cannot click a context menu). Opens the panel first: sidePanel.open needs the click's gesture.
 */
export async function clipSelectionFromContextMenu(
  info: { menuItemId: string | number; selectionText?: string | undefined },
  tab?: { id?: number | undefined; url?: string | undefined },
): Promise<PendingSelection | null> {
  if (info.menuItemId !== CLIP_MENU_ID) return null;
  if (tab?.id !== undefined) openSidePanel(tab.id);
  return clipSelection(info.selectionText ?? '', tab?.url ?? null);
}

/** Selection clipping: context-menu item and the "Clip selection as contact" shortcut. */
export const selectionClipping = defineFeature({
  id: 'selection-clipping',
  install() {
    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({
        id: CLIP_MENU_ID,
        title: uiTexts().clipSelection,
        contexts: ['selection'],
      });
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      void clipSelectionFromContextMenu(info, tab);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command !== CLIP_MENU_ID || tab?.id === undefined) return;
      const tabId = tab.id;
      openSidePanel(tabId);
      // The shortcut grants activeTab, so reading the selection needs no host permission.
      void browser.scripting
        .executeScript({ target: { tabId }, func: () => globalThis.getSelection()?.toString() ?? '' })
        .then(([first]) =>
          clipSelection(typeof first?.result === 'string' ? first.result : '', tab.url ?? null),
        )
        .catch(() => undefined);
    });
  },
});
