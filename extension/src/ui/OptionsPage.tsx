import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { BUILT_IN_OAUTH_CLIENT_ID, TEST_HOOKS } from '../model/buildConfig.ts';
import { type Settings, settingsFrom } from '../model/settings.ts';
import { checkSettingsDraft, type SettingsDraft } from '../model/settingsDraft.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import { OptionsAccountActions } from './OptionsAccountActions.tsx';

/**
 * The form's fields in display order: the OAuth client ID only when the build has none of the
 * organisation's, the Sheets API address only in a test build.
 */
const FIELDS = (
  [
    'spreadsheet',
    'sheetName',
    'oauthClientId',
    'region',
    'defaultOwner',
    'apiBaseUrl',
  ] as const satisfies readonly (keyof Settings)[]
).filter(
  (key) =>
    (key !== 'oauthClientId' || BUILT_IN_OAUTH_CLIENT_ID === '') && (key !== 'apiBaseUrl' || TEST_HOOKS),
);

type FieldErrors = Partial<Record<keyof Settings, string>>;

async function storedDraft(): Promise<SettingsDraft> {
  const got = await browser.storage.local.get(STORAGE_KEYS.settings);
  return { ...settingsFrom(got[STORAGE_KEYS.settings]) };
}

/** Options: where to sync, signing in and out, and deleting everything the extension keeps. */
export function OptionsPage(props: { logo: string }) {
  const texts = uiTexts();
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    void storedDraft().then(setDraft);
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
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: check.settings });
    setStatus(texts.savedNotice);
  };

  return (
    <div className="options">
      <form onSubmit={(e) => void save(e)} noValidate>
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
          <span role="status">{status}</span>
        </div>
      </form>
      <OptionsAccountActions onDeleted={() => void storedDraft().then(setDraft)} />
    </div>
  );
}
