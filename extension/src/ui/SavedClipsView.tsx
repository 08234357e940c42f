import { defaultRangeExtractor, type Range, useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { clipsToCsv } from '../logic/exportCsv.ts';
import { clipsToVcard } from '../logic/exportVcard.ts';
import { type OutboxEntry, outboxByClip, syncStateOf } from '../logic/outbox.ts';
import type { Clip } from '../model/clip.ts';
import { uiLanguage, uiTexts } from '../texts/uiTexts.ts';
import { ContactSummary } from './ContactSummary.tsx';
import { clipsMatching } from './searchClips.ts';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A card's height before it is measured (most are 180–230 px), and the space between cards. */
const ESTIMATED_CARD_PX = 210;
const CARD_GAP_PX = 10;
/** Cards kept in the page above and below the visible ones, so scrolling and Tab find them ready. */
const OVERSCAN = 6;

/** One saved clip: summary, tags, sync state, and its edit, retry and delete buttons. */
const ClipCard = memo(function ClipCard(props: {
  clip: Clip;
  entry: OutboxEntry | undefined;
  confirming: boolean;
  index: number;
  count: number;
  start: number;
  measure: (element: HTMLLIElement | null) => void;
  onEdit: (clip: Clip) => void;
  onDelete: (clip: Clip) => void;
  onRetry: (clip: Clip) => void;
  onAskDelete: (id: string) => void;
}) {
  const texts = uiTexts();
  const { clip } = props;
  const state = syncStateOf(clip, props.entry ? [props.entry] : []);
  return (
    <li
      ref={props.measure}
      data-index={props.index}
      aria-posinset={props.index + 1}
      aria-setsize={props.count}
      style={{ transform: `translateY(${props.start}px)` }}
      className="card clip"
      data-testid="clip"
      data-status={state.status}
    >
      <ContactSummary {...clip.contact} />
      {clip.contact.tags.length > 0 ? (
        <div className="tags">
          {clip.contact.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </div>
      ) : null}
      <div className="meta">
        <span className={`badge status-${state.status}`} data-testid="sync-status">
          {texts.syncStatus[state.status]}
        </span>
        {state.status === 'failed' || (state.status === 'pending' && state.problem) ? (
          <span className="reason" data-testid="sync-problem">
            {texts.syncProblems[state.problem ?? 'unknown']}
            {state.place ? texts.syncProblemPlace(state.place) : null}
          </span>
        ) : null}
      </div>
      <div className="actions">
        <button type="button" className="small" onClick={() => props.onEdit(clip)}>
          {texts.edit}
        </button>
        {state.status === 'failed' ? (
          <button type="button" className="small" onClick={() => props.onRetry(clip)}>
            {texts.retry}
          </button>
        ) : null}
        {props.confirming ? (
          <button type="button" className="small danger" onClick={() => props.onDelete(clip)}>
            {texts.confirmDelete}
          </button>
        ) : (
          <button type="button" className="small" onClick={() => props.onAskDelete(clip.id)}>
            {texts.delete}
          </button>
        )}
      </div>
    </li>
  );
});

/**
 * Saved clips: search, status per clip, edit, delete (two clicks), export CSV / vCard. Only the
 * cards on screen (and a few around them) are in the page, however many clips are saved: the
 * list keeps the full height and scrolls with the page, and a card holding the focus stays in
 * the page while it is scrolled away, so Tab goes on from it. The clips arrive a screen's worth
 * first (ui/clipListLoader.ts); until all have, a line says how many are read, and the exports
 * wait, so that neither leaves anyone out.
 */
export function SavedClipsView(props: {
  clips: readonly Clip[];
  total: number;
  complete: boolean;
  outbox: readonly OutboxEntry[];
  onEdit: (clip: Clip) => void;
  onDelete: (clip: Clip) => void;
  onRetry: (clip: Clip) => void;
}) {
  const texts = uiTexts();
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const shown = useMemo(() => clipsMatching(props.clips, query), [props.clips, query]);
  const byClip = useMemo(() => outboxByClip(props.outbox), [props.outbox]);
  const stamp = new Date().toISOString().slice(0, 10);

  // Where the list starts in the page (the header, tabs and notices above it scroll with it).
  const listRef = useRef<HTMLUListElement>(null);
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const top = list ? Math.round(list.getBoundingClientRect().top + window.scrollY) : 0;
    if (top !== listTop) setListTop(top);
  });

  const focusedId = useRef<string | null>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const id = focusedId.current;
    const focused = id === null ? -1 : shownRef.current.findIndex((c) => c.id === id);
    if (focused < 0 || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    estimateSize: () => ESTIMATED_CARD_PX,
    gap: CARD_GAP_PX,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    getItemKey: (index) => shown[index]?.id ?? index,
    rangeExtractor,
  });

  return (
    <div data-testid="saved">
      <div className="toolbar">
        <input
          type="search"
          placeholder={texts.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={texts.search}
        />
        <button
          type="button"
          disabled={!props.complete}
          onClick={() =>
            download(`contacts-${stamp}.csv`, 'text/csv;charset=utf-8', clipsToCsv(shown, uiLanguage()))
          }
        >
          {texts.exportCsv}
        </button>
        <button
          type="button"
          disabled={!props.complete}
          onClick={() => download(`contacts-${stamp}.vcf`, 'text/vcard;charset=utf-8', clipsToVcard(shown))}
        >
          {texts.exportVcard}
        </button>
      </div>
      {props.complete ? null : (
        <p className="loading" role="status" data-testid="clips-loading">
          {texts.clipsReading(props.clips.length, props.total)}
        </p>
      )}
      {shown.length === 0 && props.complete ? (
        <p className="empty">{props.total === 0 ? texts.noClips : texts.noMatches}</p>
      ) : null}
      <ul
        ref={listRef}
        className="list virtual"
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={(e) => {
          const card = (e.target as Element).closest('li[data-index]');
          focusedId.current = card
            ? (shownRef.current[Number(card.getAttribute('data-index'))]?.id ?? null)
            : null;
        }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focusedId.current = null;
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const clip = shown[item.index];
          if (!clip) return null;
          return (
            <ClipCard
              key={item.key}
              clip={clip}
              entry={byClip.get(clip.id)}
              confirming={confirming === clip.id}
              index={item.index}
              count={shown.length}
              start={item.start - listTop}
              measure={virtualizer.measureElement}
              onEdit={props.onEdit}
              onDelete={props.onDelete}
              onRetry={props.onRetry}
              onAskDelete={setConfirming}
            />
          );
        })}
      </ul>
    </div>
  );
}
