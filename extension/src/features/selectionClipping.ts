import { parseSelectionContacts } from '@crm/shared/extract';
import browser from 'webextension-polyfill';
import { MAX_SELECTION_CONTACTS, type PendingSelection } from '../logic/pendingSelection.ts';
import { ExtractedContactSchema } from '../model/extractedContactSchema.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { openSidePanel } from '../worker/openSidePanel.ts';
import { readSettings, writePendingSelection } from '../worker/storage.ts';
import { defineFeature } from './feature.ts';

export const CLIP_MENU_ID = 'clip-selection';
/** Selections longer than this are cut: a signature or business card is a few hundred characters. */
const MAX_SELECTION = 5000;

/**
 * Parses a selected block (email signature, 名片 block, a mail thread with several signatures)
 * into one contact per person and leaves them for the side panel to review, as it shows a
 * page's candidates. Returns null when nothing contact-like was selected.
 */
export async function clipSelection(
  text: string,
  pageUrl: string | null,
  language?: string,
): Promise<PendingSelection | null> {
  const settings = await readSettings();
  // The page's language and address say where numbers without a country code are from.
  const found = parseSelectionContacts(text.slice(0, MAX_SELECTION), {
    region: settings.region,
    ...(pageUrl ? { url: pageUrl } : {}),
    ...(language ? { language } : {}),
  });
  const contacts = found.slice(0, MAX_SELECTION_CONTACTS).flatMap((c) => {
    const contact = ExtractedContactSchema.safeParse(c);
    return contact.success ? [contact.data] : [];
  });
  if (contacts.length === 0) return null;
  const selection: PendingSelection = { contacts, url: pageUrl, at: Date.now() };
  await writePendingSelection(selection);
  return selection;
}

/** The selection as the page holds it, and the page's language; runs in the page (self-contained). */
function readSelectionInPage(): { text: string; language: string } {
  const language = document.documentElement.lang;
  const field = document.activeElement;
  // A selection inside a text field is not part of the document's selection.
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const { selectionStart: start, selectionEnd: end, value } = field;
    if (start !== null && end !== null && end > start) return { text: value.slice(start, end), language };
  }
  return { text: globalThis.getSelection()?.toString() ?? '', language };
}

/**
 * Reads the selection in the tab (and frame) it was made in. contextMenus' selectionText arrives
 * with its line breaks turned into spaces (seen in Chromium), which runs a signature's lines
 * together; the page's own Selection keeps them. The click (or shortcut) grants activeTab, so no
 * host permission is needed. Null when the page cannot run scripts (a PDF, the Web Store).
 */
async function readSelectionInTab(
  tabId: number,
  frameId: number | undefined,
): Promise<{ text: string; language: string } | null> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] },
      func: readSelectionInPage,
    });
    const result = first?.result as { text?: unknown; language?: unknown } | undefined;
    if (typeof result?.text !== 'string') return null;
    return { text: result.text, language: typeof result.language === 'string' ? result.language : '' };
  } catch {
    return null;
  }
}

/**
 * contextMenus.onClicked logic, named so tests can call it through the service worker (Playwright
 * cannot click a context menu). Opens the panel first: sidePanel.open needs the click's gesture.
 * The selection is read in the page, with its line breaks; selectionText is the fallback.
 */
export async function clipSelectionFromContextMenu(
  info: { menuItemId: string | number; selectionText?: string | undefined; frameId?: number | undefined },
  tab?: { id?: number | undefined; url?: string | undefined },
): Promise<PendingSelection | null> {
  if (info.menuItemId !== CLIP_MENU_ID) return null;
  if (tab?.id !== undefined) openSidePanel(tab.id);
  const read = tab?.id === undefined ? null : await readSelectionInTab(tab.id, info.frameId);
  const text = read !== null && read.text.trim() !== '' ? read.text : (info.selectionText ?? '');
  return clipSelection(text, tab?.url ?? null, read?.language);
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
      void readSelectionInTab(tabId, undefined)
        .then((read) => (read === null ? null : clipSelection(read.text, tab.url ?? null, read.language)))
        .catch(() => undefined);
    });
  },
});
