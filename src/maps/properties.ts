/**
 * Custom properties: type checks against the class a thing belongs to, and the class defaults Tiled
 * leaves out of the file (it saves only the members that differ from the project's defaults).
 */
import type { ProblemList, ProblemPlace } from './problems.ts';
import { describeValue } from './problems.ts';
import type { ClassType, TypeRegistry } from './project.ts';
import { isPropertyType } from './project.ts';
import type { RawProperty } from './schema.ts';
import { closestName } from './suggest.ts';
import type { PropertyRecord, PropertyValue, TiledPropertyEx, TiledPropertyType } from './tiled-types.ts';

/** A failed check says what was expected and, for a near-miss enum value, the value meant. */
export type Checked = { ok: true; value: PropertyValue } | { ok: false; expected: string; meant?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one value against a property type (and custom enum/class name). Enum values stored as an int
 * index become their string; class values get their members' defaults filled in.
 */
export function checkValue(
  value: unknown,
  type: TiledPropertyType,
  propertyType: string | undefined,
  registry: TypeRegistry,
): Checked {
  const enumType = propertyType === undefined ? undefined : registry.enums.get(propertyType);
  if (enumType) {
    if (typeof value === 'string' && enumType.values.includes(value)) return { ok: true, value };
    const byIndex = typeof value === 'number' ? enumType.values[value] : undefined;
    if (byIndex !== undefined) return { ok: true, value: byIndex };
    const meant = typeof value === 'string' ? closestName(value, enumType.values) : undefined;
    return { ok: false, expected: `one of ${enumType.values.join(', ')}`, ...(meant ? { meant } : {}) };
  }
  switch (type) {
    case 'string':
    case 'color':
    case 'file':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, expected: type };
    case 'int':
      return Number.isInteger(value) ? { ok: true, value: value as number } : { ok: false, expected: 'int' };
    case 'float':
      return typeof value === 'number' && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, expected: 'float' };
    case 'bool':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, expected: 'bool' };
    case 'object':
      return Number.isInteger(value) && (value as number) >= 0
        ? { ok: true, value: value as number }
        : { ok: false, expected: 'object (an object id)' };
    case 'class': {
      const cls = propertyType === undefined ? undefined : registry.classes.get(propertyType);
      if (!isRecord(value)) return { ok: false, expected: `class ${propertyType ?? ''}`.trim() };
      return { ok: true, value: cls ? fillRecord(value, cls, registry) : (value as PropertyRecord) };
    }
  }
}

/** Members of a class value: given ones checked (bad ones fall back to the default), the rest defaulted. */
function fillRecord(value: Record<string, unknown>, cls: ClassType, registry: TypeRegistry): PropertyRecord {
  const out: PropertyRecord = {};
  for (const member of cls.members) {
    const given = checkValue(value[member.name], member.type, member.propertyType, registry);
    out[member.name] = Object.hasOwn(value, member.name) && given.ok ? given.value : member.value;
  }
  return out;
}

export interface PropertyScope {
  file: string;
  place: ProblemPlace;
  problems: ProblemList;
  registry: TypeRegistry;
  /** prefix for messages, e.g. "tile 5: " */
  prefix?: string;
}

/**
 * Resolves a properties list: each value checked against the class member of the same name (or its own
 * declared type), then every member of `fillFrom` the list lacks is added with the project's default.
 * `checkAs` names the class whose member types apply even when the thing has no class (plain tile props).
 * A thing of a game class (`fillFrom` set) may carry only that class's members: any other name is a typo
 * the game would silently ignore, so it is reported (rule unknown-property).
 */
export function resolveProperties(
  raw: readonly RawProperty[],
  scope: PropertyScope,
  checkAs: string,
  fillFrom: string,
): TiledPropertyEx[] {
  const { registry } = scope;
  const members = registry.classes.get(checkAs)?.members ?? [];
  const out: TiledPropertyEx[] = [];
  const strict = fillFrom !== '' ? registry.classes.get(fillFrom) : undefined;
  for (const property of raw) {
    const member = members.find((m) => m.name === property.name);
    if (strict && !strict.members.some((m) => m.name === property.name)) {
      scope.problems.add(
        scope.file,
        'unknown-property',
        unknownMessage(property.name, strict, scope),
        scope.place,
      );
      continue;
    }
    const declared = property.type;
    if (!member && !isPropertyType(declared)) {
      const message = `${scope.prefix ?? ''}property "${property.name}" has unknown type "${declared}"`;
      scope.problems.add(scope.file, 'property-type', message, scope.place);
      continue;
    }
    const type = member ? member.type : (declared as TiledPropertyType);
    const propertyType = member ? member.propertyType : property.propertytype;
    const checked = checkValue(property.value, type, propertyType, registry);
    if (!checked.ok) {
      const hint = checked.meant === undefined ? '' : `: did you mean "${checked.meant}"?`;
      const message = `${scope.prefix ?? ''}property "${property.name}" must be ${checked.expected}, got ${describeValue(property.value)}${hint}`;
      scope.problems.add(scope.file, 'property-type', message, scope.place);
      continue;
    }
    const isEnum = propertyType !== undefined && registry.enums.has(propertyType);
    out.push({
      name: property.name,
      type: isEnum ? 'string' : type,
      value: checked.value,
      ...(propertyType ? { propertytype: propertyType } : {}),
    });
  }
  for (const member of registry.classes.get(fillFrom)?.members ?? []) {
    if (out.some((p) => p.name === member.name)) continue;
    const isEnum = member.propertyType !== undefined && registry.enums.has(member.propertyType);
    out.push({
      name: member.name,
      type: isEnum ? 'string' : member.type,
      value: member.value,
      ...(member.propertyType ? { propertytype: member.propertyType } : {}),
    });
  }
  return out;
}

function unknownMessage(name: string, cls: ClassType, scope: PropertyScope): string {
  const valid = cls.members.map((m) => m.name);
  const guess = closestName(name, valid);
  const hint = guess === undefined ? ' ' : `: did you mean "${guess}"? `;
  return `${scope.prefix ?? ''}property "${name}" is not a ${cls.name} property${hint}(valid: ${valid.join(', ')})`;
}

/** Property values by name, for reading. */
export function propertyRecord(properties: readonly TiledPropertyEx[]): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const p of properties) out[p.name] = p.value;
  return out;
}

export function str(record: Record<string, PropertyValue>, name: string): string {
  const value = record[name];
  return typeof value === 'string' ? value : '';
}

export function int(record: Record<string, PropertyValue>, name: string): number {
  const value = record[name];
  return typeof value === 'number' ? value : 0;
}

export function bool(record: Record<string, PropertyValue>, name: string): boolean {
  return record[name] === true;
}

/** A comma-separated list: items trimmed, empty items dropped. */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
