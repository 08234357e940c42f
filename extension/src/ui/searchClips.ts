import type { Clip } from '../model/clip.ts';

/**
 * The text a search looks through, per stored contact object: the panel keeps the object of a
 * clip that did not change (ui/storedClipList.ts), so each keystroke compares against thousands
 * of texts already made instead of joining them again.
 */
const textOfContact = new WeakMap<Clip['contact'], string>();

function searchText(contact: Clip['contact']): string {
  let text = textOfContact.get(contact);
  if (text === undefined) {
    const c = contact;
    text = [c.name, c.title, c.organization, c.owner, c.note, ...c.emails, ...c.phones, ...c.tags]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    textOfContact.set(contact, text);
  }
  return text;
}

/**
 * The clips whose name, title, organisation, owner, note, emails, phones or tags hold every word
 * of `query` (case ignored), in their order; all of them for an empty query.
 */
export function clipsMatching(clips: readonly Clip[], query: string): readonly Clip[] {
  const trimmed = query.trim();
  if (trimmed === '') return clips;
  const words = trimmed.toLowerCase().split(/\s+/);
  return clips.filter((clip) => {
    const text = searchText(clip.contact);
    return words.every((word) => text.includes(word));
  });
}
