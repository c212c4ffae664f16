import 'server-only';
import { Zip, ZipDeflate } from 'fflate';

const encoder = new TextEncoder();

/**
 * A zip written a file at a time, its bytes handed out as they are made: the caller takes them with
 * `drain()` after each piece, so a big bundle never sits in memory (fflate compresses as it goes).
 */
export class ZipWriter {
  private readonly zip: Zip;
  private chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private file: ZipDeflate | null = null;

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
    });
  }

  /** Starts a file; the previous one must have been ended. */
  open(name: string): void {
    if (this.file) throw new Error('zip: a file is still open');
    this.file = new ZipDeflate(name, { level: 6 });
    this.zip.add(this.file);
  }

  write(data: string | Uint8Array): void {
    if (!this.file) throw new Error('zip: no file open');
    this.file.push(typeof data === 'string' ? encoder.encode(data) : data, false);
  }

  close(): void {
    if (!this.file) throw new Error('zip: no file open');
    this.file.push(new Uint8Array(0), true);
    this.file = null;
  }

  /** Ends the archive (its central directory). */
  end(): void {
    this.zip.end();
  }

  /** The bytes made since the last call. */
  drain(): Uint8Array[] {
    if (this.failure) throw this.failure;
    const out = this.chunks;
    this.chunks = [];
    return out;
  }
}
