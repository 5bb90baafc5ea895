import type { CategoryRecords } from './records';

/** A tick count as a .NET TimeSpan (hh:mm:ss.fffffff), the way LiveSplit writes times; floored. */
export function lssTime(ticks: number): string {
  const hundredNs = Math.floor((ticks * 10_000_000) / 60);
  const frac = hundredNs % 10_000_000;
  const totalS = (hundredNs - frac) / 10_000_000;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(totalS / 3600))}:${pad(Math.floor(totalS / 60) % 60)}:${pad(totalS % 60)}.${pad(frac, 7)}`;
}

const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * The records of a category as a LiveSplit splits file (.lss, Run version 1.7.0): one segment per
 * level, Personal Best split times and best segments as Game Time, since Westgate is timed in ticks.
 */
export function toLss(r: CategoryRecords, categoryName: string): string {
  const pbSegs = r.pb ? r.pb.splits : [];
  const gameTime = (t: number | null | undefined) => (t == null ? '' : `<GameTime>${lssTime(t)}</GameTime>`);
  const segments = r.segments
    .map((name, i) =>
      [
        '    <Segment>',
        `      <Name>${esc(name)}</Name>`,
        '      <Icon />',
        '      <SplitTimes>',
        `        <SplitTime name="Personal Best">${gameTime(pbSegs[i])}</SplitTime>`,
        '      </SplitTimes>',
        `      <BestSegmentTime>${gameTime(r.bestSegments[i])}</BestSegmentTime>`,
        '      <SegmentHistory />',
        '    </Segment>',
      ].join('\n'),
    )
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Run version="1.7.0">',
    '  <GameIcon />',
    '  <GameName>Westgate</GameName>',
    `  <CategoryName>${esc(categoryName)}</CategoryName>`,
    '  <Metadata>',
    '    <Run id="" />',
    '    <Platform usesEmulator="False">Web</Platform>',
    '    <Region />',
    '    <Variables />',
    '  </Metadata>',
    '  <Offset>00:00:00</Offset>',
    `  <AttemptCount>${r.attempts}</AttemptCount>`,
    '  <AttemptHistory />',
    '  <Segments>',
    segments,
    '  </Segments>',
    '  <AutoSplitterSettings />',
    '</Run>',
    '',
  ].join('\n');
}
