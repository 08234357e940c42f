import type { ElementLike } from './types.ts';

// What the page walk does with an element, by tag name: skip it, end a line at it, start a
// segment at a heading.

/**
 * Elements whose content is never visible page text, or never a contact's: a button's label is
 * what it does (Send, 同意, and 查 询 spaced out as if a name).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'button',
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'video',
  'audio',
  'map',
]);
/** Elements that end a line of text before and after them. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'body',
  'html',
  'caption',
  'details',
  'summary',
  'menu',
  'center',
]);
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Hidden by an attribute or an inline style: what the visitor does not see is not a contact. But
 * for a tab's panel (role="tabpanel"), which a page builder hides until its tab is clicked: the
 * sales team of each market behind its tab is the visitor's to see.
 */
export function isHiddenElement(el: ElementLike): boolean {
  if (el.getAttribute('role') === 'tabpanel') return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
