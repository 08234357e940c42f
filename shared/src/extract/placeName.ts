import { type FactsContext, factsOf } from './lineFacts.ts';
import type { Block, Line } from './pageBlocks.ts';

// A branch, an office or a warehouse listed under its place name reads like a person's name where
// the place is also a surname and a given name: <h4>石家庄</h4>, 常熟 and 林芝 start with the
// surnames 石, 常 and 林; Tyler, Lincoln and Sherman are first names. Such a heading is the card's
// title, not a person: its lines are an unnamed card (the company's branch), and a person written
// further down the card (站长：钱永红 139…) is still read apart.
// A name is a place when it ends in a word for a place or a site (石家庄市, 金华仓库, Austin Clinic,
// Marion County, Houston Heights), or when it stands alone on its line and the address right
// below it names it (石家庄 over 地址：石家庄市长安区…). A person whose name merely shares a word
// with the address stays a person (Austin Smith over …, Austin, TX); a name ending in a place word
// that is also a surname (Park, Plaza, Branch, Hills) is a place only when another of its words is
// in that address (Lincoln Park over 2400 N Lincoln Ave; Tyler Medical Plaza over …, Tyler, TX).

/** Last words of a place or a site, never of a person's name. */
const PLACE_END =
  /(?:仓库|分公司|办事处|门店|网点|中心|服务站|营业部|市|区|县|镇)$|\s(?:clinic|clinics|campus|warehouse|showroom|office|offices|center|centre|county|heights|oaks|depot|outlet|square|village|valley|springs|station|mall)$/i;
/** Last words of a place that are surnames too (Jisoo Park, Aubrey Plaza, Michelle Branch). */
const PLACE_END_SURNAME = /\s(?:park|plaza|branch|hills|beach|woods|gardens)$/i;
/** How many lines after the name may hold the card's address. */
const ADDRESS_WITHIN = 3;
/** Blocks with more items than this are a list or a page, not the card around the name. */
const CARD_ITEMS = 40;
/** How many blocks up from the name's line the card may reach. */
const CARD_LEVELS = 3;

/** The name read on `line` is a place (a branch, an office), not a person. */
export function namesPlace(line: Line, name: string, context: FactsContext): boolean {
  if (PLACE_END.test(name)) return true;
  if (!standsAlone(line, name)) return false;
  const address = addressAfter(line, context);
  if (address === null) return false;
  if (mentions(address, name)) return true;
  if (!PLACE_END_SURNAME.test(name)) return false;
  const words = name.split(/\s+/);
  return words.slice(0, -1).some((word) => mentions(address, word));
}

/** The line is only the name (a heading, a bare line): not a label's value or a signature. */
function standsAlone(line: Line, name: string): boolean {
  const text = line.text.trim();
  return (
    text.length <= name.length + 2 &&
    text.replace(/\s+/g, '').toLowerCase() === name.replace(/\s+/g, '').toLowerCase()
  );
}

/** The first address in the few lines after `line`, up to the next heading. */
function addressAfter(line: Line, context: FactsContext): string | null {
  for (const next of linesAfter(line, ADDRESS_WITHIN)) {
    if (next.heading) return null;
    const address = factsOf(next, context).address;
    if (address !== null) return address;
  }
  return null;
}

/** Up to `count` lines after `line` in document order, within the small blocks around it. */
function linesAfter(line: Line, count: number): Line[] {
  const out: Line[] = [];
  let child: Line | Block = line;
  let block: Block | null = line.block;
  for (let level = 0; block !== null && level < CARD_LEVELS && out.length < count; level++) {
    if (block.items.length > CARD_ITEMS) break;
    const items = block.items;
    for (let i = items.indexOf(child) + 1; i < items.length && out.length < count; i++)
      collectLines(items[i] as Line | Block, out, count);
    child = block;
    block = block.parent;
  }
  return out;
}

function collectLines(item: Line | Block, out: Line[], count: number): void {
  if (item.kind === 'line') {
    out.push(item);
    return;
  }
  for (const inner of item.items) {
    if (out.length >= count) return;
    collectLines(inner, out, count);
  }
}

/** `address` holds `name` as a whole word (Latin) or anywhere (Chinese: 石家庄 in 石家庄市). */
function mentions(address: string, name: string): boolean {
  const text = address.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    if (!/[a-z]/.test(wanted)) return true;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + wanted.length);
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
  }
  return false;
}
