/**
 * Bytes written one after another into one buffer that grows as needed: a large part rebuilt
 * from copied byte ranges and new text, without a Buffer per piece and a concatenation at the end.
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(expected: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(expected, 1024));
  }

  bytes(source: Buffer, from = 0, to = source.length): void {
    this.reserve(to - from);
    this.length += source.copy(this.buffer, this.length, from, to);
  }

  text(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** What was written (a view of the writer's buffer). */
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + more));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
