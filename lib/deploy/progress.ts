/**
 * A deploy's progress: on a terminal one line redrawn in place (a bar, objects, bytes, time
 * left); elsewhere (CI logs) a plain line at every tenth of the way.
 */
export class Progress {
  private objects = 0;
  private bytes = 0;
  private lastTenth = 0;
  private readonly started = Date.now();

  constructor(
    private readonly totalObjects: number,
    private readonly totalBytes: number,
    private readonly out: { tty: boolean; log: (line: string) => void },
  ) {}

  done(bytes: number) {
    this.objects += 1;
    this.bytes += bytes;
    if (this.out.tty) {
      process.stdout.write(`\r${this.line()}`);
      return;
    }
    const tenth = Math.floor((this.objects / this.totalObjects) * 10);
    if (tenth > this.lastTenth || this.objects === this.totalObjects) {
      this.lastTenth = tenth;
      this.out.log(this.line());
    }
  }

  end() {
    if (this.out.tty && this.objects > 0) process.stdout.write('\n');
  }

  private line(): string {
    const share =
      this.totalBytes > 0 ? this.bytes / this.totalBytes : this.objects / this.totalObjects;
    const width = 24;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    const elapsed = (Date.now() - this.started) / 1000;
    const left = share > 0 ? Math.max(0, elapsed / share - elapsed) : 0;
    return (
      `${bar} ${this.objects}/${this.totalObjects} objects, ` +
      `${(this.bytes / 1e6).toFixed(1)}/${(this.totalBytes / 1e6).toFixed(1)} MB, ` +
      `${Math.round(left)} s left`
    );
  }
}
