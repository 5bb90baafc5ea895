/**
 * Shapes of the Tiled JSON files as they arrive, checked with valibot. Checks are shallow and done piece
 * by piece (map, each layer, each object, ...) so every problem can name its layer and object.
 */
import * as v from 'valibot';
import { describeValue } from './problems.ts';

const num = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.integer());
const optNum = (fallback: number) => v.optional(num, fallback);
const optStr = (fallback: string) => v.optional(v.string(), fallback);

export const propertySchema = v.looseObject({
  name: v.string(),
  type: optStr('string'),
  value: v.unknown(),
  propertytype: v.optional(v.string()),
});
export type RawProperty = v.InferOutput<typeof propertySchema>;

const properties = v.optional(v.array(propertySchema), []);
const point = v.looseObject({ x: num, y: num });

const textSchema = v.looseObject({
  text: v.string(),
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
  underline: v.optional(v.boolean()),
  strikeout: v.optional(v.boolean()),
  kerning: v.optional(v.boolean()),
  wrap: v.optional(v.boolean()),
  color: v.optional(v.string()),
  fontfamily: v.optional(v.string()),
  pixelsize: v.optional(num),
  halign: v.optional(v.picklist(['center', 'right', 'justify', 'left'])),
  valign: v.optional(v.string()),
});

const objectEntries = {
  id: v.optional(int),
  name: v.optional(v.string()),
  type: v.optional(v.string()),
  class: v.optional(v.string()),
  x: v.optional(num),
  y: v.optional(num),
  width: v.optional(num),
  height: v.optional(num),
  rotation: v.optional(num),
  visible: v.optional(v.boolean()),
  gid: v.optional(v.pipe(int, v.minValue(0))),
  point: v.optional(v.boolean()),
  ellipse: v.optional(v.boolean()),
  polygon: v.optional(v.array(point)),
  polyline: v.optional(v.array(point)),
  text: v.optional(textSchema),
  template: v.optional(v.string()),
  properties: v.optional(v.array(propertySchema)),
};
/** An object in a template: every field optional. */
export const templateObjectSchema = v.looseObject(objectEntries);
/** An object on a map's object layer: an id and a position at least. */
export const objectSchema = v.looseObject({ ...objectEntries, id: int, x: num, y: num });
export type RawObject = v.InferOutput<typeof templateObjectSchema>;

const layerEntries = {
  id: v.optional(int),
  name: v.string(),
  class: v.optional(v.string()),
  type: v.string(),
  x: optNum(0),
  y: optNum(0),
  opacity: optNum(1),
  visible: v.optional(v.boolean(), true),
  offsetx: v.optional(num),
  offsety: v.optional(num),
  parallaxx: v.optional(num),
  parallaxy: v.optional(num),
  tintcolor: v.optional(v.string()),
  properties,
};
export const layerSchema = v.variant('type', [
  v.looseObject({
    ...layerEntries,
    type: v.literal('tilelayer'),
    width: int,
    height: int,
    data: v.union([v.array(v.unknown()), v.string()]),
    encoding: v.optional(v.picklist(['csv', 'base64'])),
    compression: v.optional(v.string()),
  }),
  v.looseObject({
    ...layerEntries,
    type: v.literal('objectgroup'),
    draworder: v.optional(v.picklist(['topdown', 'index']), 'topdown'),
    objects: v.array(v.unknown()),
  }),
  v.looseObject({
    ...layerEntries,
    type: v.literal('imagelayer'),
    image: optStr(''),
    transparentcolor: v.optional(v.string()),
  }),
  v.looseObject({ ...layerEntries, type: v.literal('group'), layers: v.array(v.unknown()) }),
]);
export type RawLayer = v.InferOutput<typeof layerSchema>;

export const mapSchema = v.looseObject({
  type: v.optional(v.literal('map')),
  version: v.optional(v.union([v.string(), num])),
  tiledversion: optStr(''),
  class: v.optional(v.string()),
  width: v.pipe(int, v.minValue(1)),
  height: v.pipe(int, v.minValue(1)),
  tilewidth: int,
  tileheight: int,
  orientation: optStr('orthogonal'),
  renderorder: v.optional(v.picklist(['right-down', 'right-up', 'left-down', 'left-up']), 'right-down'),
  backgroundcolor: v.optional(v.string()),
  nextlayerid: v.optional(int),
  nextobjectid: optNum(1),
  layers: v.array(v.unknown()),
  tilesets: v.array(v.unknown()),
  properties,
});
export type RawMap = v.InferOutput<typeof mapSchema>;

export const tilesetRefSchema = v.looseObject({
  firstgid: v.pipe(int, v.minValue(1)),
  source: v.optional(v.string()),
});

const tileSchema = v.looseObject({
  id: v.pipe(int, v.minValue(0)),
  type: v.optional(v.string()),
  class: v.optional(v.string()),
  probability: v.optional(num),
  animation: v.optional(v.array(v.looseObject({ tileid: int, duration: num }))),
  objectgroup: v.optional(v.unknown()),
  image: v.optional(v.string()),
  properties,
});

export const tilesetSchema = v.looseObject({
  name: optStr(''),
  class: v.optional(v.string()),
  image: v.optional(v.string()),
  imagewidth: v.optional(int),
  imageheight: v.optional(int),
  tilewidth: int,
  tileheight: int,
  tilecount: v.pipe(int, v.minValue(0)),
  columns: v.pipe(int, v.minValue(0)),
  margin: v.optional(int, 0),
  spacing: v.optional(int, 0),
  grid: v.optional(
    v.looseObject({ orientation: v.picklist(['orthogonal', 'isometric']), width: num, height: num }),
  ),
  tileoffset: v.optional(point),
  transparentcolor: v.optional(v.string()),
  wangsets: v.optional(v.array(v.unknown())),
  tiles: v.optional(v.array(tileSchema), []),
  properties,
});
export type RawTileset = v.InferOutput<typeof tilesetSchema>;

export const templateSchema = v.looseObject({
  type: v.optional(v.literal('template')),
  object: v.unknown(),
  tileset: v.optional(tilesetRefSchema),
});

const memberSchema = v.looseObject({
  name: v.string(),
  type: optStr('string'),
  value: v.unknown(),
  propertyType: v.optional(v.string()),
  propertytype: v.optional(v.string()),
});
export type RawMember = v.InferOutput<typeof memberSchema>;

export const propertyTypeSchema = v.variant('type', [
  v.looseObject({
    type: v.literal('enum'),
    name: v.string(),
    values: v.array(v.string()),
    storageType: v.optional(v.picklist(['string', 'int']), 'string'),
    valuesAsFlags: v.optional(v.boolean(), false),
  }),
  v.looseObject({
    type: v.literal('class'),
    name: v.string(),
    members: v.optional(v.array(memberSchema), []),
    useAs: v.optional(v.array(v.string()), []),
  }),
]);
export type RawPropertyType = v.InferOutput<typeof propertyTypeSchema>;

export const projectSchema = v.looseObject({ propertyTypes: v.optional(v.array(v.unknown()), []) });

function pathText(issue: v.BaseIssue<unknown>): string {
  let text = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') text += `[${key}]`;
    else text += (text === '' ? '' : '.') + String(key);
  }
  return text;
}

/** 'field "data" must be Array | string, got int 3' or 'field "width" is missing'. */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  const field = pathText(issue);
  const where = field === '' ? 'value' : `field "${field}"`;
  if (issue.input === undefined) return `${where} is missing`;
  const raw = issue.type === 'integer' ? 'an integer' : (issue.expected ?? issue.type);
  const expected = raw
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\bArray\b/g, 'an array')
    .replace(/\bObject\b/g, 'an object');
  return `${where} must be ${expected}, got ${describeValue(issue.input)}`;
}

/** Checks a value against a schema; reports each issue and returns undefined when there were any. */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  report: (message: string) => void,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  for (const issue of result.issues) report(issueMessage(issue));
  return undefined;
}
