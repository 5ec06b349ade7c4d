// Drives a command in a real pseudo-terminal: a private tmux server (its own socket, no user config)
// runs it in a detached pane; tests type keys with send-keys and read the screen with capture-pane.
// Nothing is timed: `waitFor` polls the screen until the expected text is there and gives up with
// the screen in the error after a bound, so a slow machine is only slower.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const POLL_MS = 25;
const GIVE_UP_AFTER_POLLS = 800;
const pause = new Int32Array(new SharedArrayBuffer(4));

export function tmuxMissing(): string | false {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return probe.status === 0
    ? false
    : 'tmux is not installed (apt-get install -y tmux): the interactive session needs a real terminal to be tested';
}

export interface TerminalOptions {
  cwd: string;
  env?: Record<string, string>;
  columns?: number;
  rows?: number;
}

export class Terminal {
  private readonly dir: string;
  private readonly socket: string;

  /** Runs `shellCommand` with sh in a new pane of its own tmux server. */
  constructor(shellCommand: string, options: TerminalOptions) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'copydesk-tmux-'));
    this.socket = path.join(this.dir, 'socket');
    const conf = path.join(this.dir, 'tmux.conf');
    // The pane stays after the command ends so its last screen can still be read; no status line.
    writeFileSync(conf, 'set -g remain-on-exit on\nset -g status off\nset -g history-limit 100000\n');
    const env = Object.entries(options.env ?? {}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
    this.tmux(
      '-f',
      conf,
      'new-session',
      '-d',
      '-s',
      'copydesk',
      '-x',
      String(options.columns ?? 100),
      '-y',
      String(options.rows ?? 40),
      '-c',
      options.cwd,
      ...env,
      shellCommand,
    );
  }

  /** Everything the pane has shown, scroll-back included, wrapped lines joined, trailing blanks trimmed. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'copydesk')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n+$/, '\n');
  }

  /** Types text literally. */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'copydesk', '-l', text);
  }

  /** Presses named keys: Escape, Enter, C-c, BSpace, Left… */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'copydesk', ...keys);
  }

  /** Waits until `expected` shows `times` times in all; returns the screen. */
  waitFor(expected: string | RegExp, times = 1): string {
    let screen = '';
    for (let poll = 0; poll < GIVE_UP_AFTER_POLLS; poll++) {
      screen = this.screen();
      if (countOf(screen, expected) >= times) return this.settled(screen);
      Atomics.wait(pause, 0, 0, POLL_MS);
    }
    throw new Error(`The terminal never showed ${String(expected)}${times > 1 ? ` ${times} times` : ''}. Screen:\n${screen}`);
  }

  /**
   * The screen once it stops changing: the expected text can show while the rest of a finding is
   * still being drawn (seen on a loaded machine), so wait until two looks in a row agree.
   */
  private settled(screen: string): string {
    for (let poll = 0; poll < GIVE_UP_AFTER_POLLS; poll++) {
      Atomics.wait(pause, 0, 0, POLL_MS);
      const next = this.screen();
      if (next === screen) return screen;
      screen = next;
    }
    return screen;
  }

  /** The pane's line discipline as stty shows it, e.g. "isig icanon echo" (raw mode: "-isig -icanon -echo"). */
  lineDiscipline(): string {
    const tty = this.tmux('display-message', '-p', '-t', 'copydesk', '#{pane_tty}').trim();
    const run = spawnSync('stty', ['-a', '-F', tty], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`stty -F ${tty} failed: ${run.stderr}`);
    return run.stdout
      .split(/[\s;]+/)
      .filter((flag) => /^-?(isig|icanon|echo)$/.test(flag))
      .join(' ');
  }

  close(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server'], { encoding: 'utf8', env: serverEnv() });
    rmSync(this.dir, { recursive: true, force: true });
  }

  private tmux(...args: string[]): string {
    const run = spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8', env: serverEnv() });
    if (run.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${run.stderr}`);
    return run.stdout;
  }
}

function countOf(screen: string, expected: string | RegExp): number {
  if (typeof expected === 'string') return screen.split(expected).length - 1;
  return [...screen.matchAll(new RegExp(expected.source, expected.flags.includes('g') ? expected.flags : `${expected.flags}g`))].length;
}

/**
 * The private server's environment, which the pane inherits: not the tmux the tests may run in, and
 * no colour forced by the test runner (a test sets what it needs with TerminalOptions.env).
 */
function serverEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['TMUX', 'TMUX_PANE', 'FORCE_COLOR', 'NO_COLOR']) delete env[name];
  return env;
}
