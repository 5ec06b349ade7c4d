// A progress line on standard error for long runs in a terminal: files, megabytes, findings so far,
// rate and time left. It appears only after a second, is redrawn at most ten times a second, and is
// cleared at the end; never in a pipe or under CI=true, where it would only be noise in a log.
import { statSync } from 'node:fs';
import type { Target } from '../input/find-files.js';
import type { FileResult } from '../results/index.js';

const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

export class ProgressLine {
  private readonly started = Date.now();
  private readonly totalBytes: number;
  private readonly sizes = new Map<string, number>();
  private files = 0;
  private bytes = 0;
  private findings = 0;
  private lastDraw = 0;
  private shown = false;

  private constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalFiles: number,
    targets: readonly Target[],
  ) {
    for (const t of targets) if (t.kind === 'file') this.sizes.set(t.path, sizeOf(t.path));
    this.totalBytes = [...this.sizes.values()].reduce((a, b) => a + b, 0);
  }

  /** A progress line for this run, or null where none belongs (a pipe, CI). */
  static create(targets: readonly Target[], stream: NodeJS.WriteStream = process.stderr): ProgressLine | null {
    if (!stream.isTTY || isCi()) return null;
    return new ProgressLine(stream, targets.length, targets);
  }

  fileDone(result: FileResult): void {
    this.files++;
    this.bytes += this.sizes.get(result.filePath) ?? 0;
    this.findings += result.messages.length;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.shown = true;
    this.stream.write(`\r\x1b[K${this.describe(now)}`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }

  private describe(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = this.bytes / seconds;
    const left = rate > 0 ? (this.totalBytes - this.bytes) / rate : 0;
    const mb = (n: number) => (n / 1e6).toFixed(1);
    return `${this.files}/${this.totalFiles} files · ${mb(this.bytes)}/${mb(this.totalBytes)} MB · ${this.findings} findings · ${mb(rate)} MB/s · ${Math.ceil(left)} s left`;
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
