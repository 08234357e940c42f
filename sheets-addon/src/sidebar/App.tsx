import { ActionsPanel } from './ActionsPanel.tsx';
import { ResultsLog } from './ResultsLog.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { useJobs } from './useJobs.ts';
import { useSidebar } from './useSidebar.ts';

export function App() {
  const { status, settings, loadError, t, refresh, settingsSaved } = useSidebar();
  const jobs = useJobs(refresh, t);
  return (
    <main>
      <h1>{t.title}</h1>
      <StatusPanel status={status} loadError={loadError} t={t} />
      <ActionsPanel jobs={jobs} digestOn={status?.digestOn ?? false} t={t} />
      <ResultsLog entries={jobs.log} t={t} />
      {settings && <SettingsForm view={settings} t={t} onSaved={settingsSaved} />}
    </main>
  );
}
