import zlib from 'node:zlib';
import type { DeflatedBytes } from '../rezip.ts';

/**
 * Bytes written one after another and deflated a piece at a time: a large part rebuilt from
 * copied byte ranges and new text (a sheet of a million rows is close to a gigabyte of XML) is
 * never whole in memory, only its compressed pieces. Each piece is deflated on its own and ended
 * by a sync flush (an empty stored block, on a byte boundary, not the final block); the last one
 * ends the stream. One after another they are one raw deflate stream, as pigz writes it; a piece's
 * matches cannot reach back into the piece before, which costs a few bytes per piece.
 */
export class DeflatingWriter {
  private readonly buffer: Buffer;
  private length = 0;
  private readonly pieces: Buffer[] = [];
  private size = 0;
  private crc = 0;

  constructor(pieceBytes = PIECE_BYTES) {
    this.buffer = Buffer.allocUnsafe(pieceBytes);
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

  /** The deflated bytes; ends the writer. */
  finish(): DeflatedBytes {
    this.deflate(true);
    return { pieces: this.pieces, size: this.size, crc: this.crc };
  }

  private deflate(last: boolean): void {
    const piece = this.buffer.subarray(0, this.length);
    this.crc = zlib.crc32(piece, this.crc);
    this.size += piece.length;
    this.pieces.push(zlib.deflateRawSync(piece, last ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    this.length = 0;
  }
}

/** Four megabytes: a few thousand rows of a sheet, deflated with hardly a byte lost to the cuts. */
const PIECE_BYTES = 4 * 2 ** 20;
