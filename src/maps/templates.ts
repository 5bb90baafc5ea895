/** Object templates (.tj): loaded once per path, their tile GIDs remapped to the map's tilesets. */
import type { FileSource } from './files.ts';
import { cleanGid, GID_FLAGS } from './gids.ts';
import { resolvePath } from './paths.ts';
import type { ProblemList, ProblemPlace } from './problems.ts';
import { check, templateObjectSchema, templateSchema } from './schema.ts';
import type { RawObject } from './schema.ts';
import type { ResolvedTileset } from './tiled-types.ts';

interface Template {
  object: RawObject;
  /** repo path of the template's tileset and its firstgid there, when the template is a tile object */
  tileset?: { path: string; firstgid: number };
}

export class TemplateCache {
  private readonly loaded = new Map<string, Promise<Template | undefined>>();
  private readonly reportedTilesets = new Set<string>();

  constructor(
    private readonly files: FileSource,
    private readonly problems: ProblemList,
    private readonly mapPath: string,
    private readonly tilesets: readonly ResolvedTileset[],
  ) {}

  private async load(path: string, reference: string, place: ProblemPlace): Promise<Template | undefined> {
    const from = { file: this.mapPath, place, what: 'template', reference };
    const json = await this.files.readJson(path, this.problems, from);
    if (json === undefined) return undefined;
    const report = (m: string) => this.problems.add(path, 'format', m);
    const file = check(templateSchema, json, report);
    if (!file) return undefined;
    const object = check(templateObjectSchema, file.object, (m) => report(`object: ${m}`));
    if (!object) return undefined;
    if (file.tileset?.source === undefined) return { object };
    return {
      object,
      tileset: { path: resolvePath(path, file.tileset.source), firstgid: file.tileset.firstgid },
    };
  }

  /** The template's object with its GID in the map's numbering, or undefined when it cannot be used. */
  async object(
    reference: string,
    place: ProblemPlace,
  ): Promise<{ path: string; object: RawObject } | undefined> {
    const path = resolvePath(this.mapPath, reference);
    let template = this.loaded.get(path);
    if (!template) {
      template = this.load(path, reference, place);
      this.loaded.set(path, template);
    }
    const loaded = await template;
    if (!loaded) return undefined;
    const { object, tileset } = loaded;
    if (object.gid === undefined || !tileset) return { path, object };
    const target = this.tilesets.find((t) => t.sourceFile === tileset.path);
    if (!target) {
      if (!this.reportedTilesets.has(path)) {
        this.reportedTilesets.add(path);
        const message = `template "${reference}" uses tileset "${tileset.path}", which the map does not list: add the tileset to the map`;
        this.problems.add(this.mapPath, 'tileset-missing', message, place);
      }
      return { path, object: { ...object, gid: 0 } };
    }
    const gid =
      (((object.gid & GID_FLAGS) >>> 0) | (cleanGid(object.gid) - tileset.firstgid + target.firstgid)) >>> 0;
    return { path, object: { ...object, gid } };
  }
}
