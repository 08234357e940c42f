import type { Clip } from '../model/clip.ts';
import type { SheetCells } from '../sheets/pushClips.ts';

/**
 * The clips with what a write about to go out puts in their rows kept as Clip.sentCells; clips
 * the write does not carry are returned as they are.
 */
export function withSentCells(clips: readonly Clip[], sentCells: Record<string, SheetCells>): Clip[] {
  return clips.map((c) => (sentCells[c.id] === undefined ? c : { ...c, sentCells: sentCells[c.id] }));
}

/**
 * The clips `ids` marked synced at `at`: what their rows now hold becomes Clip.sheetCells (kept
 * as it was when the push reports nothing for a clip), and Clip.sentCells is dropped, the write
 * having been answered. Other clips are returned as they are.
 */
export function withSynced(
  clips: readonly Clip[],
  ids: readonly string[],
  at: string,
  sheetCells: Record<string, SheetCells>,
): Clip[] {
  const synced = new Set(ids);
  return clips.map((c) => {
    if (!synced.has(c.id)) return c;
    const { sentCells: _answered, ...clip } = c;
    return { ...clip, syncedAt: at, sheetCells: sheetCells[c.id] ?? c.sheetCells };
  });
}
