import { useMemo, useState } from 'react';
import { clipsToCsv } from '../logic/exportCsv.ts';
import { clipsToVcard } from '../logic/exportVcard.ts';
import { type OutboxEntry, syncStateOf } from '../logic/outbox.ts';
import type { Clip } from '../model/clip.ts';
import { uiLanguage, uiTexts } from '../texts/uiTexts.ts';
import { ContactSummary } from './ContactSummary.tsx';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function matches(clip: Clip, query: string): boolean {
  if (query === '') return true;
  const c = clip.contact;
  const hay = [c.name, c.title, c.organization, c.owner, c.note, ...c.emails, ...c.phones, ...c.tags]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => hay.includes(word));
}

/** Saved clips: search, status per clip, edit, delete (two clicks), export CSV / vCard. */
export function SavedClipsView(props: {
  clips: readonly Clip[];
  outbox: readonly OutboxEntry[];
  onEdit: (clip: Clip) => void;
  onDelete: (clip: Clip) => void;
  onRetry: (clip: Clip) => void;
}) {
  const texts = uiTexts();
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const shown = useMemo(() => props.clips.filter((c) => matches(c, query.trim())), [props.clips, query]);
  const stamp = new Date().toISOString().slice(0, 10);
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
          onClick={() =>
            download(`contacts-${stamp}.csv`, 'text/csv;charset=utf-8', clipsToCsv(shown, uiLanguage()))
          }
        >
          {texts.exportCsv}
        </button>
        <button
          type="button"
          onClick={() => download(`contacts-${stamp}.vcf`, 'text/vcard;charset=utf-8', clipsToVcard(shown))}
        >
          {texts.exportVcard}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{props.clips.length === 0 ? texts.noClips : texts.noMatches}</p>
      ) : null}
      <ul className="list">
        {shown.map((clip) => {
          const state = syncStateOf(clip, props.outbox);
          return (
            <li key={clip.id} className="card clip" data-testid="clip" data-status={state.status}>
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
                {confirming === clip.id ? (
                  <button type="button" className="small danger" onClick={() => props.onDelete(clip)}>
                    {texts.confirmDelete}
                  </button>
                ) : (
                  <button type="button" className="small" onClick={() => setConfirming(clip.id)}>
                    {texts.delete}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
