/**
 * The writes of one job, each with how to take it back. Apps Script has no transactions: a
 * service failure half-way would leave columns inserted and some values written, so on failure
 * the job undoes what it did, newest first, and the spreadsheet is as it was.
 */
export class UndoLog {
  private readonly undos: (() => void)[] = [];

  /** Records how to undo a change that was just made. */
  did(undo: () => void): void {
    this.undos.push(undo);
  }

  /** Undoes everything recorded (best effort: one failing undo does not stop the others). */
  rollback(): void {
    for (const undo of this.undos.splice(0).reverse()) {
      try {
        undo();
      } catch {
        // The original failure is the one to report.
      }
    }
  }
}

/** Runs `write`; when it throws, undoes its recorded changes and rethrows. */
export function withUndo<T>(write: (log: UndoLog) => T): T {
  const log = new UndoLog();
  try {
    return write(log);
  } catch (error) {
    log.rollback();
    throw error;
  }
}
