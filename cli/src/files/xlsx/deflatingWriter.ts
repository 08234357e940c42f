import workerThreads, { type Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import type { DeflatedBytes } from '../rezip.ts';

/**
 * Bytes written one after another and deflated a piece at a time: a large part rebuilt from
 * copied byte ranges and new text (a sheet of a million rows is close to a gigabyte of XML) is
 * never whole in memory, only its compressed pieces. Each piece is deflated on its own and ended
 * by a sync flush (an empty stored block, on a byte boundary, not the final block); the last one
 * ends the stream. One after another they are one raw deflate stream, as pigz writes it; a piece's
 * matches cannot reach back into the piece before, which costs a few bytes per piece.
 *
 * A thread of the writer's own deflates the pieces (of a part larger than one) while its caller
 * makes the next ones: deflating took half the time of patching a 100k-row sheet, all of it on
 * the main thread. (zlib's asynchronous calls do not do this: they hand each stretch of output
 * back to the main thread and wait for it to take it, and a caller busy writing does not.) The
 * bytes are those deflateRawSync gives, piece by piece. At most MAX_IN_FLIGHT pieces wait for the
 * thread; a caller that writes faster waits (backlogged, drained). Without the thread (it cannot
 * be started, or fails), the pieces are deflated on the caller's thread as before.
 */
export class DeflatingWriter {
  private buffer: Buffer;
  private length = 0;
  /** The deflated pieces in order; one the thread has not sent back is undefined. */
  private readonly pieces: (Buffer | undefined)[] = [];
  private size = 0;
  private crc = 0;
  /** The deflating thread: undefined until the first piece, null when there is none. */
  private thread: DeflateThread | null | undefined;

  /** `threaded`: whether a thread deflates the pieces (else this thread does). */
  constructor(
    private readonly pieceBytes = PIECE_BYTES,
    threaded = true,
  ) {
    // Never a part of Buffer's shared pool: a piece's memory is moved to the thread.
    this.buffer = Buffer.allocUnsafeSlow(pieceBytes);
    if (!threaded) this.thread = null;
  }

  bytes(source: Buffer, from = 0, to = source.length): void {
    while (from < to) {
      if (this.length === this.buffer.length) this.deflate(false);
      const end = Math.min(to, from + this.buffer.length - this.length);
      this.length += source.copy(this.buffer, this.length, from, end);
      from = end;
    }
  }

  text(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (text.length * 3 <= this.buffer.length - this.length) {
      this.length += this.buffer.write(text, this.length, 'utf8');
    } else this.bytes(Buffer.from(text, 'utf8'));
  }

  /** Whether as many pieces as may wait for the thread are waiting: the caller should await drained(). */
  get backlogged(): boolean {
    const thread = this.thread;
    return !!thread && thread.failure === null && thread.inFlight >= MAX_IN_FLIGHT;
  }

  /** Resolves once fewer than MAX_IN_FLIGHT pieces wait for the thread. */
  async drained(): Promise<void> {
    // A thread that failed or stopped sends no more pieces: finish says so.
    while (this.backlogged) await (this.thread as DeflateThread).nextPiece();
  }

  /** The deflated bytes, once every piece is; ends the writer. */
  async finish(): Promise<DeflatedBytes> {
    this.deflate(true);
    const thread = this.thread;
    if (thread) {
      try {
        while (thread.inFlight > 0 && thread.failure === null) await thread.nextPiece();
        if (thread.failure !== null) throw thread.failure;
      } finally {
        thread.stop();
      }
    }
    return { pieces: this.pieces as Buffer[], size: this.size, crc: this.crc };
  }

  private deflate(last: boolean): void {
    const piece = this.buffer.subarray(0, this.length);
    this.crc = zlib.crc32(piece, this.crc);
    this.size += piece.length;
    this.length = 0;
    // A part of one piece needs no other thread; a larger one starts it with its first piece.
    if (this.thread === undefined && !last) this.thread = DeflateThread.start();
    const thread = this.thread;
    if (!thread || thread.failure !== null || thread.inFlight >= MAX_IN_FLIGHT) {
      this.pieces.push(zlib.deflateRawSync(piece, last ? {} : syncFlush()));
      return;
    }
    const at = this.pieces.push(undefined) - 1;
    thread.deflate(piece, last, (deflated) => {
      this.pieces[at] = deflated;
    });
    // The piece's memory went to the thread with it: the next piece needs a buffer of its own.
    this.buffer = Buffer.allocUnsafeSlow(this.pieceBytes);
  }
}

// Made when needed: read at start-up, zlib's constants would load zlib in every command.
const syncFlush = () => ({ finishFlush: zlib.constants.Z_SYNC_FLUSH });

/**
 * The thread that deflates the pieces: each piece's bytes are moved to it, not copied, and it
 * sends back the piece deflated as deflateRawSync deflates it, in the order they came.
 */
class DeflateThread {
  inFlight = 0;
  failure: Error | null = null;
  private readonly done: ((deflated: Buffer) => void)[] = [];
  private waiting: (() => void) | null = null;

  private constructor(private readonly worker: Worker) {
    // The thread keeps the process alive only while it holds pieces: a writer given up half way
    // (a sheet the patch cannot take) leaves it idle, and the run ends as it would without it.
    worker.unref();
    worker.on('message', (deflated: Uint8Array) => {
      if (--this.inFlight === 0) worker.unref();
      this.done.shift()?.(Buffer.from(deflated.buffer, deflated.byteOffset, deflated.byteLength));
      this.wake();
    });
    worker.on('error', (error) => {
      this.failure ??= error;
      this.wake();
    });
    worker.on('exit', () => {
      if (this.inFlight > 0)
        this.failure ??= new Error('The deflating thread stopped before its pieces were done.');
      this.wake();
    });
  }

  /** A started thread, or null when none can be started (the caller deflates on its own). */
  static start(): DeflateThread | null {
    try {
      return new DeflateThread(new workerThreads.Worker(THREAD_CODE, { eval: true }));
    } catch {
      return null;
    }
  }

  deflate(piece: Buffer, last: boolean, done: (deflated: Buffer) => void): void {
    if (this.inFlight++ === 0) this.worker.ref();
    this.done.push(done);
    // The piece's buffer is its own (allocUnsafeSlow), from its start.
    this.worker.postMessage({ piece, last }, [piece.buffer as ArrayBuffer]);
  }

  /** Resolves when the thread sends back a piece, fails or stops. */
  nextPiece(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  stop(): void {
    void this.worker.terminate();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }
}

/** The thread's code: CommonJS run as it is, so that it is no file of the build's. */
const THREAD_CODE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const SYNC_FLUSH = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
parentPort.on('message', ({ piece, last }) => {
  const deflated = zlib.deflateRawSync(piece, last ? {} : SYNC_FLUSH);
  // A copy in a buffer of its own, to be moved back (a small result may share a pooled one).
  const own = new Uint8Array(deflated);
  parentPort.postMessage(own, [own.buffer]);
});
`;

/** Four megabytes: a few thousand rows of a sheet, deflated with hardly a byte lost to the cuts. */
const PIECE_BYTES = 4 * 2 ** 20;

/** Pieces that may wait for the thread at once (16 MB of raw XML at the default size). */
const MAX_IN_FLIGHT = 4;
