import { uiTexts } from '../texts/uiTexts.ts';
import { ContactFormView } from './ContactFormView.tsx';
import { CrossBorderNotice } from './CrossBorderNotice.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { PageCandidatesView } from './PageCandidatesView.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { PanelNotice } from './PanelNotice.tsx';
import { PanelTabs } from './PanelTabs.tsx';
import { SavedClipsView } from './SavedClipsView.tsx';
import { SyncBar } from './SyncBar.tsx';
import { usePanel } from './usePanel.ts';

/** The side panel: header, tabs, sync bar, and the merge, the form or one of the two views. */
export function Panel(props: { logo: string }) {
  const texts = uiTexts();
  const { state, data, actions } = usePanel();
  const { editing, merging } = state;
  return (
    <div className="panel">
      <PanelHeader logo={props.logo} page={state.page} />
      <PanelTabs
        view={state.view}
        candidates={state.page ? state.page.contacts.length : null}
        saved={data.clipCount}
        onShow={actions.showView}
      />
      <SyncBar
        outbox={data.outbox}
        configured={data.configured}
        noticeAcknowledged={data.crossBorder !== 'not-acknowledged'}
        onSyncNow={actions.syncNow}
      />
      {data.configured && data.crossBorder === 'not-acknowledged' ? (
        <CrossBorderNotice waiting={data.outbox.length} onConfirm={actions.acknowledgeCrossBorder} />
      ) : null}
      {state.notice ? <PanelNotice notice={state.notice} /> : null}
      <main>
        {merging ? (
          <MergeDialog
            existing={merging.existing}
            merged={merging.merged}
            conflicts={merging.conflicts}
            onCancel={actions.cancelMerge}
            onMerge={(choices) => void actions.merge(choices)}
          />
        ) : editing ? (
          <ContactFormView
            key={editing.kind === 'edit' ? editing.clip.id : `new-${editing.candidate}`}
            initial={editing.form}
            region={data.settings.region}
            phoneRegion={editing.kind === 'new' ? editing.phoneRegion : null}
            heading={editing.kind === 'edit' ? texts.editHeading : texts.reviewHeading}
            serverErrors={state.serverErrors}
            busy={state.busy}
            onSubmit={(input) => void actions.submit(input)}
            onCancel={actions.cancelEdit}
          />
        ) : state.view === 'page' ? (
          <PageCandidatesView state={state} data={data} actions={actions} />
        ) : (
          <SavedClipsView
            clips={data.clips}
            total={data.clipCount}
            complete={data.clipsComplete}
            outbox={data.outbox}
            onEdit={actions.edit}
            onDelete={actions.deleteClip}
            onRetry={actions.retryClip}
          />
        )}
      </main>
    </div>
  );
}
