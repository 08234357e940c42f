import { type FormEvent, useCallback, useState } from 'react';
import { errorText } from './errorText.ts';
import { type SettingsView, serverCall } from './serverCall.ts';
import { draftFromView, type SettingsDraft, settingsFromDraft } from './settingsDraft.ts';
import type { Texts } from './texts.ts';

/** What the last save answered: the server's confirmation, or why nothing was saved. */
export interface SaveOutcome {
  ok: boolean;
  text: string;
}

/**
 * The settings form's draft and its saving. The server validates and stores the settings and
 * answers with the new view, handed to `onSaved`. The draft starts from the view the form opened
 * with; a later view does not reset what the user has typed.
 */
export function useSettingsForm(view: SettingsView, t: Texts, onSaved: (view: SettingsView) => void) {
  const [draft, setDraft] = useState(() => draftFromView(view));
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [saving, setSaving] = useState(false);

  const change = useCallback((patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch })), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const settings = settingsFromDraft(draft, view.settings);
    setSaving(true);
    try {
      const result = await serverCall('saveSettings', settings);
      setOutcome({ ok: result.ok, text: result.message });
      if (result.ok && result.settings) onSaved(result.settings);
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error, t) });
    } finally {
      setSaving(false);
    }
  };

  return { draft, change, submit, saving, outcome };
}
