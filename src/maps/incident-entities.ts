/** The objects of the incident level (machine shop): props Joe uses, and the incident itself. */
import type { Placed } from './entities.ts';
import type { IncidentData, PropData, Rect } from './level-data.ts';
import { list, str } from './properties.ts';
import { parseWindow } from './text-formats.ts';
import type { PropertyValue } from './tiled-types.ts';

type Props = Record<string, PropertyValue>;

export function propFrom(p: Placed, rect: Rect, props: Props): PropData {
  return {
    id: p.object.id,
    name: p.object.name,
    rect,
    requires: list(str(props, 'requires')),
    sets: list(str(props, 'sets')),
    text: str(props, 'text'),
    lockedText: str(props, 'lockedText'),
  };
}

/** The incident, or the problem with its span of prison time. */
export function incidentFrom(
  p: Placed,
  props: Props,
  report: (rule: string, message: string) => void,
): IncidentData & { from: number; placed: Placed } {
  const span = parseWindow(str(props, 'window'));
  if (!span.ok) report('incident', span.message);
  const who = str(props, 'who').trim();
  if (who === '') report('incident', 'incident has no "who" (whom it happens to)');
  return {
    id: p.object.id,
    who,
    zone: str(props, 'zone').trim(),
    from: span.ok ? span.value.from : 0,
    to: span.ok ? span.value.to : 0,
    setup: list(str(props, 'setup')),
    sets: list(str(props, 'sets')),
    caption: str(props, 'caption'),
    missedText: str(props, 'missedText'),
    placed: p,
  };
}
