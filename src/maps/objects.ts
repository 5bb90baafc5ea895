/** Objects: templates merged under the instance, class checked, properties typed and defaults filled. */
import type { GidTable } from './gids.ts';
import { cleanGid } from './gids.ts';
import { isObjectClass, OBJECT_CLASSES } from './game-types.ts';
import type { ProblemList, ProblemPlace } from './problems.ts';
import type { TypeRegistry } from './project.ts';
import { resolveProperties } from './properties.ts';
import { check, objectSchema } from './schema.ts';
import type { RawObject, RawProperty } from './schema.ts';
import type { TemplateCache } from './templates.ts';
import type { ResolvedObject } from './tiled-types.ts';

export interface ObjectContext {
  mapPath: string;
  problems: ProblemList;
  registry: TypeRegistry;
  gids: GidTable;
  templates: TemplateCache;
  /** false when some tileset could not be loaded (its GIDs are not checked then) */
  tilesetsLoaded: boolean;
}

/** Where an object is, for problems. */
export function placeOf(object: ResolvedObject, layer: string): ProblemPlace {
  return {
    layer,
    objectId: object.id,
    ...(object.name !== '' ? { objectName: object.name } : {}),
    ...(object.type !== '' ? { objectClass: object.type } : {}),
  };
}

/** Template properties first, the instance's replacing same-named ones and adding the rest. */
function mergeProperties(base: readonly RawProperty[], over: readonly RawProperty[]): RawProperty[] {
  const out = [...base];
  for (const property of over) {
    const at = out.findIndex((p) => p.name === property.name);
    if (at >= 0) out[at] = property;
    else out.push(property);
  }
  return out;
}

function classOf(object: RawObject): string | undefined {
  return object.class ?? object.type;
}

function resolvedShape(o: RawObject, id: number): Omit<ResolvedObject, 'type' | 'properties'> {
  return {
    id,
    name: o.name ?? '',
    x: o.x ?? 0,
    y: o.y ?? 0,
    width: o.width ?? 0,
    height: o.height ?? 0,
    rotation: o.rotation ?? 0,
    visible: o.visible ?? true,
    ...(o.gid !== undefined ? { gid: o.gid } : {}),
    ...(o.point !== undefined ? { point: o.point } : {}),
    ...(o.ellipse !== undefined ? { ellipse: o.ellipse } : {}),
    ...(o.polygon ? { polygon: o.polygon.map((p) => ({ x: p.x, y: p.y })) } : {}),
    ...(o.polyline ? { polyline: o.polyline.map((p) => ({ x: p.x, y: p.y })) } : {}),
    ...(o.text ? { text: o.text } : {}),
  };
}

async function resolveObject(
  entry: unknown,
  layer: string,
  ctx: ObjectContext,
): Promise<ResolvedObject | undefined> {
  const { problems, mapPath } = ctx;
  const id =
    typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'number'
      ? entry.id
      : undefined;
  const rawPlace: ProblemPlace = id === undefined ? { layer } : { layer, objectId: id };
  const instance = check(objectSchema, entry, (m) => problems.add(mapPath, 'format', m, rawPlace));
  if (!instance) return undefined;
  let merged: RawObject = instance;
  let templatePath: string | undefined;
  let cls = classOf(instance);
  if (instance.template !== undefined) {
    const template = await ctx.templates.object(instance.template, rawPlace);
    if (template) {
      templatePath = template.path;
      const instanceFields: RawObject = { ...instance };
      delete instanceFields.template;
      delete instanceFields.properties;
      const properties = mergeProperties(template.object.properties ?? [], instance.properties ?? []);
      merged = { ...template.object, ...instanceFields, properties };
      cls ??= classOf(template.object);
    }
  }
  cls ??= '';
  const shape = resolvedShape(merged, instance.id);
  const place = placeOf({ ...shape, type: cls, properties: [] }, layer);
  const known = isObjectClass(cls);
  if (cls !== '' && !known) {
    const valid = Object.keys(OBJECT_CLASSES).join(', ');
    problems.add(
      mapPath,
      'unknown-class',
      `object class "${cls}" is not a Westgate type (valid: ${valid})`,
      place,
    );
  }
  if (shape.gid !== undefined && ctx.tilesetsLoaded && !ctx.gids.has(shape.gid)) {
    problems.add(mapPath, 'gid-range', `gid ${cleanGid(shape.gid)} is not in any tileset`, place);
  }
  const scope = { file: mapPath, place, problems, registry: ctx.registry };
  const properties = resolveProperties(merged.properties ?? [], scope, known ? cls : '', known ? cls : '');
  return {
    ...shape,
    type: cls,
    ...(templatePath !== undefined ? { template: templatePath } : {}),
    properties,
  };
}

/** Resolves one object layer's objects in order; objects that fail their shape check are left out. */
export async function resolveObjects(
  entries: readonly unknown[],
  layer: string,
  ctx: ObjectContext,
): Promise<ResolvedObject[]> {
  const out: ResolvedObject[] = [];
  for (const entry of entries) {
    const object = await resolveObject(entry, layer, ctx);
    if (object) out.push(object);
  }
  return out;
}
