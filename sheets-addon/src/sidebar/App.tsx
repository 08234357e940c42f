import { ActionsPanel } from './ActionsPanel.tsx';
import { PersonRequestPanel } from './PersonRequestPanel.tsx';
import { ResultsLog } from './ResultsLog.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { useJobs } from './useJobs.ts';
import { usePersonRequests } from './usePersonRequests.ts';
import { useSidebar } from './useSidebar.ts';
import { useStorageNotice } from './useStorageNotice.ts';

export function App() {
  const { status, settings, loadError, t, refresh, settingsSaved } = useSidebar();
  const confirmNotice = useStorageNotice();
  const jobs = useJobs(refresh, t, confirmNotice);
  const person = usePersonRequests(t, confirmNotice, refresh);
  return (
    <main>
      <h1>{t.title}</h1>
      <StatusPanel status={status} loadError={loadError} t={t} />
      <ActionsPanel jobs={jobs} digestOn={status?.digestOn ?? false} t={t} />
      <ResultsLog entries={jobs.log} t={t} />
      <PersonRequestPanel requests={person} t={t} />
      {settings && <SettingsForm view={settings} t={t} onSaved={settingsSaved} />}
    </main>
  );
}
