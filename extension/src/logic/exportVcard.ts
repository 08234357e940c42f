import type { Clip } from '../model/clip.ts';

/** RFC 6350 §3.4 text escaping: backslash, comma, semicolon and newlines. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/** RFC 6350 §3.2: lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One vCard 4.0 per clip (RFC 6350), CRLF line ends, folded lines. */
export function clipsToVcard(clips: readonly Clip[]): string {
  const cards: string[] = [];
  for (const clip of clips) {
    const c = clip.contact;
    const fn = c.name ?? c.organization ?? c.emails[0] ?? c.phones[0] ?? '';
    const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(fn)}`];
    if (c.name) lines.push(`N:${escapeText(c.name)};;;;`);
    if (c.organization) lines.push(`ORG:${escapeText(c.organization)}`);
    if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
    c.emails.forEach((e, i) => {
      lines.push(`EMAIL;TYPE=work${i === 0 ? ';PREF=1' : ''}:${escapeText(e)}`);
    });
    c.phones.forEach((p, i) => {
      lines.push(`TEL;VALUE=uri;TYPE="voice"${i === 0 ? ';PREF=1' : ''}:tel:${p.replace(/[^+\d]/g, '')}`);
    });
    // WeChat has no registered IMPP URI scheme; RFC 6350 §6.10 leaves such data to an X- property.
    if (c.wechat) lines.push(`X-WECHAT:${escapeText(c.wechat)}`);
    if (c.address) lines.push(`ADR;TYPE=work:;;${escapeText(c.address)};;;;`);
    if (c.website) lines.push(`URL:${c.website}`);
    for (const url of c.socialUrls) lines.push(`URL;TYPE=social:${url}`);
    if (c.tags.length > 0) lines.push(`CATEGORIES:${c.tags.map(escapeText).join(',')}`);
    if (c.note) lines.push(`NOTE:${escapeText(c.note)}`);
    if (clip.origin.url) lines.push(`SOURCE:${clip.origin.url}`);
    lines.push(`UID:urn:uuid:${clip.id}`, `REV:${clip.updatedAt.replace(/[-:]|\.\d+/g, '')}`, 'END:VCARD');
    cards.push(lines.map(foldLine).join('\r\n'));
  }
  return cards.length === 0 ? '' : `${cards.join('\r\n')}\r\n`;
}
