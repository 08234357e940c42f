import { classesOf, isV2Root } from './hCardClasses.ts';
import { resolveUrl } from './resolveUrl.ts';
import { attr } from './text.ts';
import type { ElementLike, NodeLike } from './types.ts';
import { ELEMENT_NODE, TEXT_NODE } from './types.ts';

// Property values after the microformats2 parsing spec (microformats.org/wiki/microformats2-parsing):
// the value-class pattern first, then the element's own value by tag.

/** Elements with class `value` under `el` (not inside nested microformats): the value-class pattern. */
function valueParts(el: ElementLike, out: ElementLike[]): ElementLike[] {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c === undefined) continue;
    const classes = classesOf(c);
    if (classes.includes('value')) out.push(c);
    else if (!isV2Root(classes) && !classes.includes('vcard')) valueParts(c, out);
  }
  return out;
}

/** A p-* or e-* property value: the value-class parts, else the element's own value. */
export function textValue(el: ElementLike): string {
  const parts = valueParts(el, []);
  if (parts.length > 0) return parts.map(simpleValue).join('');
  return simpleValue(el);
}

function simpleValue(el: ElementLike): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'abbr' || tag === 'link') {
    const title = attr(el, 'title');
    if (title !== null) return title;
  }
  if (tag === 'data' || tag === 'input') {
    const value = attr(el, 'value');
    if (value !== null) return value;
  }
  if (tag === 'img' || tag === 'area') {
    const alt = attr(el, 'alt');
    if (alt !== null) return alt;
  }
  return visibleText(el).trim();
}

/** A u-* property value: the element's link or source, else its text, resolved against `base`. */
export function urlValue(el: ElementLike, base: string | undefined): string {
  const tag = el.tagName.toLowerCase();
  const source =
    tag === 'a' || tag === 'area' || tag === 'link'
      ? 'href'
      : tag === 'img' || tag === 'audio' || tag === 'video' || tag === 'source' || tag === 'iframe'
        ? 'src'
        : tag === 'object'
          ? 'data'
          : null;
  const url = source === null ? null : attr(el, source);
  if (url !== null) return resolveUrl(url, base);
  const parts = valueParts(el, []);
  if (parts.length > 0) return resolveUrl(parts.map(simpleValue).join(''), base);
  return resolveUrl(simpleValue(el), base);
}

/** textContent without <script>/<style>, with <img> replaced by its alt text. */
export function visibleText(node: NodeLike): string {
  let out = '';
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k === undefined) continue;
    if (k.nodeType === TEXT_NODE) out += k.nodeValue ?? '';
    else if (k.nodeType === ELEMENT_NODE) {
      const el = k as ElementLike;
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'template') continue;
      if (tag === 'img') {
        const alt = attr(el, 'alt');
        if (alt !== null) out += ` ${alt} `;
      } else out += visibleText(el);
    }
  }
  return out;
}
