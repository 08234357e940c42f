import { useCallback } from 'react';
import { ActionsPanel } from './ActionsPanel.tsx';
import { PersonRequestPanel } from './PersonRequestPanel.tsx';
import { ResultsLog } from './ResultsLog.tsx';
import { RetentionConsentPanel } from './RetentionConsentPanel.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import type { SettingsView } from './serverCall.ts';
import { useJobs } from './useJobs.ts';
import { usePersonRequests } from './usePersonRequests.ts';
import { useRetentionRequests } from './useRetentionRequests.ts';
import { useSidebar } from './useSidebar.ts';
import { useStorageNotice } from './useStorageNotice.ts';

export function App() {
  const { status, settings, loadError, t, refresh, settingsSaved } = useSidebar();
  const confirmNotice = useStorageNotice();
  const jobs = useJobs(refresh, t, confirmNotice);
  const person = usePersonRequests(t, confirmNotice, refresh);
  const retention = useRetentionRequests(t, confirmNotice, refresh);
  const { settingsSaved: retentionSettingsSaved } = retention;
  const onSettingsSaved = useCallback(
    (view: SettingsView) => {
      settingsSaved(view);
      retentionSettingsSaved();
    },
    [settingsSaved, retentionSettingsSaved],
  );
  return (
    <main>
      <h1>{t.title}</h1>
      <StatusPanel status={status} loadError={loadError} t={t} />
      <ActionsPanel jobs={jobs} digestOn={status?.digestOn ?? false} t={t} />
      <ResultsLog entries={jobs.log} t={t} />
      <PersonRequestPanel requests={person} t={t} />
      <RetentionConsentPanel requests={retention} t={t} />
      {settings && <SettingsForm view={settings} t={t} onSaved={onSettingsSaved} />}
    </main>
  );
}
