import { useEffect, useState } from 'react';
import {
  DEFAULT_SHEETS_API,
  isLoopbackUrl,
  type Settings,
  SettingsSchema,
  spreadsheetIdOf,
} from '../model/settings.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import { callWorker } from './callWorker.ts';
import { t } from './i18n.ts';

type Draft = Record<keyof Settings, string>;

const FIELDS: { key: keyof Settings; label: string; hint: string }[] = [
  { key: 'spreadsheet', label: 'optSpreadsheet', hint: 'optSpreadsheetHint' },
  { key: 'sheetName', label: 'optSheetName', hint: 'optSheetNameHint' },
  { key: 'oauthClientId', label: 'optClientId', hint: 'optClientIdHint' },
  { key: 'region', label: 'optRegion', hint: 'optRegionHint' },
  { key: 'defaultOwner', label: 'optOwner', hint: 'optOwnerHint' },
  { key: 'apiBaseUrl', label: 'optApiBase', hint: 'optApiBaseHint' },
];

/**
 * Options: where to sync and how to sign in. A non-Google API base URL (a local double) needs
 * its optional host permission, requested here on the Save click (a user gesture).
 */
export function OptionsPage(props: { logo: string }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    void chrome.storage.local.get(STORAGE_KEYS.settings).then((got) => {
      const parsed = SettingsSchema.safeParse(got[STORAGE_KEYS.settings] ?? {});
      const s = parsed.success ? parsed.data : SettingsSchema.parse({});
      setDraft({ ...s });
    });
  }, []);
  if (!draft) return null;
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse(draft);
    const next: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) next[String(issue.path[0])] = issue.message;
    if (draft.spreadsheet.trim() !== '' && spreadsheetIdOf(draft.spreadsheet) === null)
      next.spreadsheet = t('optSpreadsheetInvalid');
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    if (parsed.data.apiBaseUrl !== DEFAULT_SHEETS_API) {
      const origin = `${new URL(parsed.data.apiBaseUrl).origin}/*`;
      const granted = await chrome.permissions.request({ origins: [origin] }).catch(() => false);
      if (!granted && !isLoopbackUrl(parsed.data.apiBaseUrl)) {
        setErrors({ apiBaseUrl: t('optPermissionDenied') });
        return;
      }
    }
    await chrome.storage.local.set({ [STORAGE_KEYS.settings]: parsed.data });
    setStatus(t('optSaved'));
  };
  return (
    <form className="options" onSubmit={(e) => void save(e)} noValidate>
      <header>
        <img src={props.logo} alt="" className="logo" />
        <h1>{t('optHeading')}</h1>
      </header>
      <p className="lead">{t('optPrivacy')}</p>
      {FIELDS.map((f) => (
        <label key={f.key} className={`field ${errors[f.key] ? 'has-error' : ''}`}>
          <span className="field-label">{t(f.label)}</span>
          <input
            name={f.key}
            value={draft[f.key]}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
          />
          <small>{t(f.hint)}</small>
          {errors[f.key] ? <div className="field-error">{errors[f.key]}</div> : null}
        </label>
      ))}
      <div className="actions">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button
          type="button"
          onClick={() =>
            void callWorker('sign-in', {})
              .then(() => setStatus(t('optSignedIn')))
              .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)))
          }
        >
          {t('optSignIn')}
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
