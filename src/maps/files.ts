/** File access for the loader: one injected reader, each file read once, every text kept for the hash. */
import { parseJson } from './json-text.ts';
import type { ProblemList, ProblemPlace } from './problems.ts';

/** Reads a text file by repo-relative path with forward slashes, e.g. "maps/cell.tmj". */
export type ReadFile = (path: string) => Promise<string>;

/** Files over this many characters are refused before parsing. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

/** Who asked for a file: problems about a missing file are reported there, not at the file itself. */
export interface Referrer {
  file: string;
  place?: ProblemPlace;
  /** 'tileset', 'template', ... */
  what: string;
  /** rule id for a missing file, 'missing-file' unless given */
  rule?: string;
  /** the reference as written, e.g. "../templates/guard.tj" */
  reference: string;
}

export class FileSource {
  /** texts read so far, by path: the map hash covers exactly these */
  readonly texts = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string | undefined>>();

  constructor(private readonly reader: ReadFile) {}

  /** The file's text, or undefined when it cannot be read. Never throws. */
  read(path: string): Promise<string | undefined> {
    let text = this.pending.get(path);
    if (!text) {
      // a reader that throws instead of rejecting is still just an unreadable file
      text = Promise.resolve()
        .then(() => this.reader(path))
        .then(
          (t) => {
            if (typeof t !== 'string') return undefined;
            this.texts.set(path, t);
            return t;
          },
          () => undefined,
        );
      this.pending.set(path, text);
    }
    return text;
  }

  /** Reads and parses a JSON file, reporting a missing file, a huge file or a parse error. */
  async readJson(path: string, problems: ProblemList, from?: Referrer): Promise<unknown> {
    const text = await this.read(path);
    if (text === undefined) {
      if (!from) problems.add(path, 'missing-file', 'file cannot be read (missing or unreadable)');
      else {
        const message = `${from.what} "${from.reference}" cannot be read (${path})`;
        problems.add(from.file, from.rule ?? 'missing-file', message, from.place);
      }
      return undefined;
    }
    if (text.length > MAX_FILE_CHARS) {
      const mb = (text.length / (1024 * 1024)).toFixed(1);
      problems.add(path, 'huge-map', `file is ${mb} MB; files over 20 MB are refused`);
      return undefined;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      problems.add(path, 'parse', `file does not parse: ${parsed.message}`);
      return undefined;
    }
    return parsed.value;
  }
}
