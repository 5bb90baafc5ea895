/**
 * The Tiled project file's custom types (enums and classes with member defaults), checked against the
 * types the game reads (game-types.ts). Members the project lacks are reported and given zero values so
 * the rest of the map can still be checked.
 */
import type { FileSource } from './files.ts';
import { GAME_CLASSES, GAME_ENUMS, isGameEnum } from './game-types.ts';
import type { MemberType } from './game-types.ts';
import type { ProblemList } from './problems.ts';
import { checkValue } from './properties.ts';
import { check, projectSchema, propertyTypeSchema } from './schema.ts';
import type { PropertyValue, TiledPropertyType } from './tiled-types.ts';

export interface EnumType {
  name: string;
  values: string[];
  storage: 'string' | 'int';
}

export interface ClassMember {
  name: string;
  type: TiledPropertyType;
  /** custom enum or class name */
  propertyType?: string;
  value: PropertyValue;
}

export interface ClassType {
  name: string;
  members: ClassMember[];
  useAs: string[];
}

export interface TypeRegistry {
  enums: Map<string, EnumType>;
  classes: Map<string, ClassType>;
}

const TYPES: readonly string[] = ['string', 'int', 'float', 'bool', 'color', 'file', 'object', 'class'];

export function isPropertyType(type: string): type is TiledPropertyType {
  return TYPES.includes(type);
}

function zeroValue(type: MemberType): PropertyValue {
  if (isGameEnum(type)) return GAME_ENUMS[type][0];
  if (type === 'int' || type === 'float' || type === 'object') return 0;
  return type === 'bool' ? false : '';
}

function memberFor(name: string, type: MemberType): ClassMember {
  return isGameEnum(type)
    ? { name, type: 'string', propertyType: type, value: zeroValue(type) }
    : { name, type, value: zeroValue(type) };
}

function describeType(type: MemberType): string {
  return isGameEnum(type) ? `enum ${type}` : type;
}

/** Adds what the game needs and the project lacks, reporting each gap. */
function reconcile(registry: TypeRegistry, report: (message: string) => void): void {
  for (const [name, values] of Object.entries(GAME_ENUMS)) {
    const found = registry.enums.get(name);
    if (!found) report(`enum "${name}" is missing: the game needs it with the values ${values.join(', ')}`);
    else if (found.values.join(',') !== values.join(',')) {
      report(`enum "${name}" must have the values ${values.join(', ')}, has ${found.values.join(', ')}`);
    }
    if (!found) registry.enums.set(name, { name, values: [...values], storage: 'string' });
  }
  for (const [name, spec] of Object.entries(GAME_CLASSES)) {
    let found = registry.classes.get(name);
    if (!found) {
      report(`class "${name}" is missing: the game reads it`);
      found = { name, members: [], useAs: [] };
      registry.classes.set(name, found);
    }
    for (const [memberName, type] of Object.entries(spec)) {
      const member = found.members.find((m) => m.name === memberName);
      if (!member) {
        report(`class "${name}" has no member "${memberName}" (${describeType(type)})`);
        found.members.push(memberFor(memberName, type));
        continue;
      }
      const same = isGameEnum(type)
        ? member.propertyType === type
        : member.type === type && !member.propertyType;
      if (!same) {
        const has = member.propertyType ? `${member.type} ${member.propertyType}` : member.type;
        report(`class "${name}" member "${memberName}" must be ${describeType(type)}, is ${has}`);
        Object.assign(member, memberFor(memberName, type));
      }
    }
  }
}

function readTypes(raw: unknown[], registry: TypeRegistry, report: (message: string) => void): void {
  const classes: ClassType[] = [];
  raw.forEach((entry, index) => {
    const type = check(propertyTypeSchema, entry, (m) => report(`propertyTypes[${index}]: ${m}`));
    if (!type) return;
    if (type.type === 'enum') {
      registry.enums.set(type.name, { name: type.name, values: type.values, storage: type.storageType });
      return;
    }
    const members: ClassMember[] = [];
    for (const m of type.members) {
      const propertyType = m.propertyType ?? m.propertytype;
      if (!isPropertyType(m.type))
        report(`class "${type.name}" member "${m.name}" has unknown type "${m.type}"`);
      else
        members.push({
          name: m.name,
          type: m.type,
          value: m.value as PropertyValue,
          ...(propertyType ? { propertyType } : {}),
        });
    }
    classes.push({ name: type.name, members, useAs: type.useAs });
  });
  for (const cls of classes) registry.classes.set(cls.name, cls);
  // defaults are checked once every enum and class is known
  for (const cls of classes) {
    cls.members = cls.members.filter((m) => {
      const checked = checkValue(m.value, m.type, m.propertyType, registry);
      if (checked.ok) m.value = checked.value;
      else report(`class "${cls.name}" member "${m.name}" default must be ${checked.expected}`);
      return checked.ok;
    });
  }
}

/** Loads the project's custom types; problems go to the project file. Never fails: gaps get zero values. */
export async function loadProject(
  files: FileSource,
  path: string,
  problems: ProblemList,
): Promise<TypeRegistry> {
  const registry: TypeRegistry = { enums: new Map(), classes: new Map() };
  const report = (message: string) => problems.add(path, 'project', message);
  const json = await files.readJson(path, problems);
  if (json !== undefined) {
    const project = check(projectSchema, json, report);
    if (project) readTypes(project.propertyTypes, registry, report);
    reconcile(registry, report);
  } else {
    reconcile(registry, () => undefined);
  }
  return registry;
}
