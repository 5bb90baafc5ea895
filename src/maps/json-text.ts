/**
 * JSON parsing with engine-independent error messages: JSON.parse does the work, and only when it fails
 * a small scanner finds where and why, so a designer sees the same line and column in Node and browsers.
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

class SyntaxFault {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

class Scanner {
  private i = 0;
  constructor(private readonly text: string) {}

  run(): void {
    this.space();
    this.value();
    this.space();
    if (this.i < this.text.length) this.fail('unexpected text after the end of the JSON value');
  }

  private fail(reason: string): never {
    throw new SyntaxFault(this.i, reason);
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\r\n'.includes(this.text.charAt(this.i))) this.i += 1;
  }

  private value(): void {
    const c = this.text.charAt(this.i);
    if (c === '{') this.container('}', true);
    else if (c === '[') this.container(']', false);
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else if (!this.word('true') && !this.word('false') && !this.word('null')) {
      this.fail(c === '' ? 'unexpected end of file' : `unexpected character ${JSON.stringify(c)}`);
    }
  }

  private word(w: string): boolean {
    if (!this.text.startsWith(w, this.i)) return false;
    this.i += w.length;
    return true;
  }

  private container(close: string, keyed: boolean): void {
    this.i += 1;
    this.space();
    if (this.text.charAt(this.i) === close) {
      this.i += 1;
      return;
    }
    for (;;) {
      this.space();
      if (keyed) {
        if (this.text.charAt(this.i) !== '"') this.fail('expected a double-quoted property name');
        this.string();
        this.space();
        if (this.text.charAt(this.i) !== ':') this.fail("expected ':' after the property name");
        this.i += 1;
        this.space();
      }
      this.value();
      this.space();
      const c = this.text.charAt(this.i);
      if (c === close) {
        this.i += 1;
        return;
      }
      if (c !== ',') this.fail(`expected ',' or '${close}'`);
      this.i += 1;
      this.space();
      if (this.text.charAt(this.i) === close) this.fail(`trailing comma before '${close}'`);
    }
  }

  private string(): void {
    this.i += 1;
    for (;;) {
      const c = this.text.charAt(this.i);
      if (c === '') this.fail('unterminated string');
      if (c === '"') break;
      if (c < ' ') this.fail('control character in a string (use \\n for a new line)');
      if (c === '\\') {
        const e = this.text.charAt(this.i + 1);
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) this.i += 4;
        else if (!'"\\/bfnrt'.includes(e) || e === '') this.fail('bad escape in a string');
        this.i += 1;
      }
      this.i += 1;
    }
    this.i += 1;
  }

  private number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.i, this.i + 400),
    );
    if (!match) this.fail('bad number');
    this.i += match[0].length;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Parses JSON; on failure the message is e.g. "line 3, column 5: expected ',' or '}'". */
export function parseJson(raw: string): JsonResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    try {
      new Scanner(text).run();
    } catch (fault) {
      if (fault instanceof SyntaxFault) {
        const { line, column } = lineColumn(text, fault.offset);
        return { ok: false, message: `line ${line}, column ${column}: ${fault.reason}` };
      }
    }
    return { ok: false, message: 'not valid JSON' };
  }
}
