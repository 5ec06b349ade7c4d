// Single key presses from a terminal in raw mode (no Enter), as a queue the session awaits one at a
// time. Node's readline parses the escape sequences (arrows, Delete, and a lone Esc once half a second
// passes without more). Ctrl-C arrives as a key in raw mode; SIGINT, SIGTERM and SIGHUP from outside,
// and the terminal going away (end or error on input), become the same "interrupt", so every way out
// goes through the session's one clean-up path, which puts the terminal back as it was.
import { emitKeypressEvents } from 'node:readline';

export interface Key {
  /** readline's name for the key: 'y', 'return', 'escape', 'backspace', 'left'…; '' when it has none ('?'). */
  name: string;
  /** The characters the key sent. */
  sequence: string;
  ctrl: boolean;
  meta: boolean;
}

/** Ctrl-C, a terminating signal, or the terminal going away: leave now, writing nothing more. */
export const INTERRUPT: Key = Object.freeze({ name: 'interrupt', sequence: '', ctrl: false, meta: false });

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export class KeyReader {
  private readonly queue: Key[] = [];
  private waiting: ((key: Key) => void) | null = null;
  private readonly wasRaw: boolean;
  private closed = false;

  constructor(private readonly input: NodeJS.ReadStream) {
    this.wasRaw = input.isRaw;
    emitKeypressEvents(input);
    input.setRawMode(true);
    input.on('keypress', this.onKeypress);
    input.on('end', this.onInterrupt);
    input.on('error', this.onInterrupt);
    for (const signal of STOP_SIGNALS) process.on(signal, this.onInterrupt);
    input.resume();
  }

  /** The next key press, waiting for one if none is queued. */
  next(): Promise<Key> {
    const key = this.queue.shift();
    if (key) return Promise.resolve(key);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** Raw mode off, listeners gone, input paused: the terminal as it was and nothing keeping the process alive. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.input.off('keypress', this.onKeypress);
    this.input.off('end', this.onInterrupt);
    this.input.off('error', this.onInterrupt);
    for (const signal of STOP_SIGNALS) process.off(signal, this.onInterrupt);
    if (this.input.isTTY) this.input.setRawMode(this.wasRaw);
    this.input.pause();
  }

  private readonly onKeypress = (sequence: string | undefined, key: Partial<Key> | undefined): void => {
    const pressed: Key = {
      name: key?.name ?? '',
      sequence: key?.sequence ?? sequence ?? '',
      ctrl: key?.ctrl ?? false,
      meta: key?.meta ?? false,
    };
    this.push(pressed.ctrl && pressed.name === 'c' ? INTERRUPT : pressed);
  };

  private readonly onInterrupt = (): void => {
    this.push(INTERRUPT);
  };

  private push(key: Key): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting(key);
    } else {
      this.queue.push(key);
    }
  }
}

/** The character a plain key typed ('y', '3', '?'), lower-cased; '' for named or modified keys. */
export function typedChar(key: Key): string {
  if (key.ctrl || key.meta || [...key.sequence].length !== 1) return '';
  return key.sequence.toLowerCase();
}
