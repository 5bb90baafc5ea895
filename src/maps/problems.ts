/** Problems found in a map and the files it references, reported to designers one per line. */

export interface MapProblem {
  /** repo-relative path of the file the problem is in, e.g. "maps/cell.tmj" */
  file: string;
  layer?: string;
  objectId?: number;
  objectName?: string;
  objectClass?: string;
  /** short rule id, e.g. "route-exists" */
  rule: string;
  message: string;
}

/** Where in a file a problem is: everything of MapProblem except the file, rule and message. */
export type ProblemPlace = Pick<MapProblem, 'layer' | 'objectId' | 'objectName' | 'objectClass'>;

/** Past this many problems the rest are dropped (one last problem says so). */
export const MAX_PROBLEMS = 200;

function fileKind(file: string): string {
  if (file.endsWith('.tsj')) return 'tileset';
  if (file.endsWith('.tj')) return 'template';
  if (file.endsWith('.tiled-project')) return 'project';
  return 'map';
}

/**
 * One line per problem:
 * 'maps/yard.tmj: layer "objects", object 12 "east patrol" (guard): route 99 does not exist'
 * 'maps/cell.tmj: map: exactly one player spawn is required, found 0'
 */
export function formatProblem(p: MapProblem): string {
  const parts: string[] = [];
  if (p.layer !== undefined) parts.push(`layer "${p.layer}"`);
  if (p.objectId !== undefined) {
    let object = `object ${p.objectId}`;
    if (p.objectName) object += ` "${p.objectName}"`;
    if (p.objectClass) object += ` (${p.objectClass})`;
    parts.push(object);
  }
  const place = parts.length > 0 ? parts.join(', ') : fileKind(p.file);
  return oneLine(`${p.file}: ${place}: ${p.message}`);
}

/**
 * Names and values quoted from a map may hold new lines or terminal escapes: shown escaped, so a
 * problem stays one line and a hostile map cannot forge other lines or drive the terminal.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Collects problems up to MAX_PROBLEMS. */
export class ProblemList {
  readonly items: MapProblem[] = [];
  private dropped = 0;

  add(file: string, rule: string, message: string, place: ProblemPlace = {}): void {
    if (this.items.length >= MAX_PROBLEMS) {
      this.dropped += 1;
      return;
    }
    const defined = Object.entries(place).filter(([, value]) => value !== undefined);
    this.items.push({ file, ...(Object.fromEntries(defined) as ProblemPlace), rule, message });
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** The problems, with a closing line when some were dropped. */
  result(file: string): MapProblem[] {
    if (this.dropped === 0) return this.items;
    const more = `${this.dropped} more problems not shown`;
    return [...this.items, { file, rule: 'too-many-problems', message: more }];
  }
}

/** 'string "fast"', 'int 3', 'float 2.5', 'bool true', 'object', 'array', 'null' */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'int' : 'float'} ${value}`;
  if (typeof value === 'boolean') return `bool ${value}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
