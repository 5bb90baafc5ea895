/** The machine shop's classes: prop and incident objects, zone passes, familiar guards. */
import { describe, expect, it } from 'vitest';
import { layer, loadedAfter, object, problemsAfter, setProp } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

const M = 'maps/small.tmj';
const NEVER = 'is never set (no trigger beat, dialogue "sets" or level "startFlags" sets it)';

function addScript(m: MapJson, o: Json): void {
  (layer(m, 'script')['objects'] as Json[]).push(o);
}
const prop = (props: Json[]): Json => ({
  id: 30,
  name: 'rack',
  type: 'prop',
  x: 16,
  y: 16,
  width: 16,
  height: 16,
  properties: props,
});
const incident = (props: Json[], id = 31): Json => ({
  id,
  name: 'reckoning',
  type: 'incident',
  x: 0,
  y: 16,
  point: true,
  properties: props,
});
const P = (
  name: string,
  value: string | boolean | number,
  type = typeof value === 'number' ? 'int' : typeof value,
) => ({ name, type, value });
const INC = `${M}: layer "script", object 31 "reckoning" (incident)`;

describe('prop, incident, passes and familiar guards', () => {
  it('read into LevelData: props, the incident window in minutes, a zone pass, a guard familiarAfter', async () => {
    const map = await loadedAfter((m) => {
      (layer(m, 'objects')['objects'] as Json[]).push(
        prop([P('sets', 'got-wrench, drink:doc'), P('text', 'A wrench.'), P('requires', 'woke')]),
      );
      addScript(
        m,
        incident([
          P('who', 'wilson'),
          P('zone', 'office'),
          P('window', '10:45-11:00'),
          P('setup', 'got-wrench'),
          P('sets', 'dealt'),
        ]),
      );
      setProp(object(m, 7), 'allowedWith', 'string', 'got-wrench');
      setProp(object(m, 7), 'waveThrough', 'bool', true);
      setProp(object(m, 2), 'familiarAfter', 'int', 240);
    });
    const level = map.level;
    expect(level.props).toEqual([
      {
        id: 30,
        name: 'rack',
        rect: { x: 16, y: 16, w: 16, h: 16 },
        requires: ['woke'],
        sets: ['got-wrench', 'drink:doc'],
        text: 'A wrench.',
        lockedText: 'Not yet.',
      },
    ]);
    expect(level.incident).toEqual({
      id: 31,
      who: 'wilson',
      zone: 'office',
      from: 645,
      to: 660,
      setup: ['got-wrench'],
      sets: ['dealt'],
      caption: '',
      missedText: 'The moment passed.',
    });
    expect(level.zones.find((z) => z.name === 'office')).toMatchObject({
      allowedWith: 'got-wrench',
      waveThrough: true,
    });
    expect(level.guards[0]?.familiarAfter).toBe(240);
    // maps without them keep their exact data: no empty fields
    expect(level.zones.find((z) => z.name === 'count spot')).not.toHaveProperty('allowedWith');
  });

  it('a window that is not HH:MM-HH:MM, or ends before it begins, is an incident problem', async () => {
    expect(
      await problemsAfter((m) =>
        addScript(m, incident([P('who', 'wilson'), P('zone', 'office'), P('window', '10:45')])),
      ),
    ).toEqual([`${INC}: window "10:45" is not HH:MM-HH:MM (24-hour)`]);
    expect(
      await problemsAfter((m) =>
        addScript(m, incident([P('who', 'wilson'), P('zone', 'office'), P('window', '11:00-10:45')])),
      ),
    ).toEqual([`${INC}: window "11:00-10:45" ends before it begins`]);
  });

  it('an incident in no zone of the map, about nobody, or a second one, is reported', async () => {
    expect(
      await problemsAfter((m) => {
        addScript(m, incident([P('zone', 'ofice')]));
        addScript(m, incident([P('who', 'x'), P('zone', 'office')], 32));
      }),
    ).toEqual([
      `${INC}: incident has no "who" (whom it happens to)`,
      `${M}: layer "script", object 32 "reckoning" (incident): a level has at most one incident (also object 31)`,
      `${INC}: incident zone "ofice" is not the name of a zone on this map`,
    ]);
  });

  it("flags nothing sets: a prop's requires, a zone's pass, an incident's setup", async () => {
    expect(
      await problemsAfter((m) => {
        (layer(m, 'objects')['objects'] as Json[]).push(prop([P('requires', 'nope')]));
        setProp(object(m, 7), 'allowedWith', 'string', 'no-pass');
        addScript(m, incident([P('who', 'w'), P('zone', 'office'), P('setup', 'no-setup')]));
      }),
    ).toEqual([
      `${M}: layer "objects", object 30 "rack" (prop): flag "nope" ${NEVER}: the prop can never be used`,
      `${M}: layer "objects", object 7 "office" (zone): allowedWith flag "no-pass" ${NEVER}: the zone is never allowed`,
      `${INC}: setup flag "no-setup" ${NEVER}: the move can never happen`,
    ]);
  });

  it('an incident counts as setting alibi-* and inquiry-done; a prop and an incident set their sets', async () => {
    expect(
      await problemsAfter((m) => {
        addScript(m, incident([P('who', 'w'), P('zone', 'office'), P('sets', 'dealt')]));
        (layer(m, 'objects')['objects'] as Json[]).push(prop([P('sets', 'grate-loose')]));
        setProp(object(m, 9), 'requires', 'string', 'inquiry-done, alibi-broken, dealt, grate-loose');
      }),
    ).toEqual([]);
  });
});
