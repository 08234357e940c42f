import { useCallback, useEffect, useRef } from 'react';
import { type CrossBorderNotice, serverCall } from './serverCall.ts';

/**
 * The storage notice before the user's first job from the sidebar: shown once (a confirm
 * dialog with the server's text in the spreadsheet's language), the confirmation recorded by the
 * server with its date. Resolves whether the job may run; the server refuses it too until then.
 */
export function useStorageNotice(): () => Promise<boolean> {
  const notice = useRef<CrossBorderNotice | null>(null);

  useEffect(() => {
    serverCall('getStorageNotice').then(
      (answer) => {
        notice.current = answer;
      },
      () => {
        // Asked again when a job is started.
      },
    );
  }, []);

  return useCallback(async () => {
    const current = notice.current ?? (await serverCall('getStorageNotice'));
    notice.current = current;
    if (current.acknowledged !== null) return true;
    if (!window.confirm(`${current.title}\n\n${current.text}`)) return false;
    const recorded = await serverCall('acknowledgeStorageNotice');
    notice.current = { ...current, acknowledged: recorded.acknowledged };
    return true;
  }, []);
}
