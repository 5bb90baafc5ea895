/**
 * Tiled runs extensions in Qt's JavaScript engine, which (on Qt 5) stops at about ES2016. The build lowers
 * the syntax; these fill the few newer library functions the shared map code calls. Each is defined only
 * when missing, so Tiled builds on newer Qt keep their own.
 */
type Loose = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

define(Object, 'hasOwn', (o: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(o, key));
define(Object, 'entries', (o: Loose) => Object.keys(o).map((k) => [k, o[k]]));
define(Object, 'values', (o: Loose) => Object.keys(o).map((k) => o[k]));
define(Object, 'fromEntries', (entries: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});
define(String.prototype, 'padStart', function (this: string, length: number, fill = ' ') {
  let pad = '';
  while (pad.length + this.length < length) pad += fill;
  return pad.slice(0, Math.max(0, length - this.length)) + this;
});
define(String.prototype, 'padEnd', function (this: string, length: number, fill = ' ') {
  let pad = '';
  while (pad.length + this.length < length) pad += fill;
  return this + pad.slice(0, Math.max(0, length - this.length));
});
define(Array.prototype, 'at', function (this: unknown[], index: number) {
  const i = index < 0 ? this.length + index : index;
  return this[i];
});
define(Array.prototype, 'flatMap', function (this: unknown[], f: (item: unknown, i: number) => unknown) {
  const out: unknown[] = [];
  this.forEach((item, i) => {
    const mapped = f(item, i);
    if (Array.isArray(mapped)) out.push(...(mapped as unknown[]));
    else out.push(mapped);
  });
  return out;
});
