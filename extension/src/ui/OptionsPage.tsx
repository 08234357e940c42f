import { useEffect, useState } from 'react';
import { isLoopbackUrl, type Settings, settingsFrom } from '../model/settings.ts';
import { checkSettingsDraft, hostPermissionFor, type SettingsDraft } from '../model/settingsDraft.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { callWorker } from './callWorker.ts';

/** The form's fields in display order. */
const FIELDS = [
  'spreadsheet',
  'sheetName',
  'oauthClientId',
  'region',
  'defaultOwner',
  'apiBaseUrl',
] as const satisfies readonly (keyof Settings)[];

type FieldErrors = Partial<Record<keyof Settings, string>>;

/**
 * Options: where to sync and how to sign in. A non-Google API base URL (a local double) needs
 * its optional host permission, requested here on the Save click (a user gesture).
 */
export function OptionsPage(props: { logo: string }) {
  const texts = uiTexts();
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    void chrome.storage.local.get(STORAGE_KEYS.settings).then((got) => {
      setDraft({ ...settingsFrom(got[STORAGE_KEYS.settings]) });
    });
  }, []);
  if (!draft) return null;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const check = checkSettingsDraft(draft);
    if (!check.ok) {
      setErrors(Object.fromEntries(check.invalid.map((field) => [field, texts.options.invalid[field]])));
      return;
    }
    setErrors({});
    const permission = hostPermissionFor(check.settings);
    if (permission) {
      const granted = await chrome.permissions.request({ origins: [permission] }).catch(() => false);
      // A loopback double is reachable through the test build's manifest even without the grant.
      if (!granted && !isLoopbackUrl(check.settings.apiBaseUrl)) {
        setErrors({ apiBaseUrl: texts.options.permissionDenied });
        return;
      }
    }
    await chrome.storage.local.set({ [STORAGE_KEYS.settings]: check.settings });
    setStatus(texts.savedNotice);
  };

  const signIn = () =>
    void callWorker('sign-in', {})
      .then(() => setStatus(texts.options.signedIn))
      .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)));

  return (
    <form className="options" onSubmit={(e) => void save(e)} noValidate>
      <header>
        <img src={props.logo} alt="" className="logo" />
        <h1>{texts.options.heading}</h1>
      </header>
      <p className="lead">{texts.options.privacy}</p>
      {FIELDS.map((key) => (
        <label key={key} className={`field ${errors[key] ? 'has-error' : ''}`}>
          <span className="field-label">{texts.options.fields[key].label}</span>
          <input
            name={key}
            value={draft[key]}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
          <small>{texts.options.fields[key].hint}</small>
          {errors[key] ? <div className="field-error">{errors[key]}</div> : null}
        </label>
      ))}
      <div className="actions">
        <button type="submit" className="primary">
          {texts.save}
        </button>
        <button type="button" onClick={signIn}>
          {texts.options.signIn}
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
