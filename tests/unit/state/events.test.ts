import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../src/state/events';

type E = { type: 'a'; n: number } | { type: 'b'; s: string };

describe('Emitter', () => {
  it('delivers events to handlers of their type, in order', () => {
    const em = new Emitter<E>();
    const seen: string[] = [];
    em.on('a', (e) => seen.push(`a${e.n}`));
    em.on('b', (e) => seen.push(`b${e.s}`));
    em.emit({ type: 'a', n: 1 }, { type: 'b', s: 'x' }, { type: 'a', n: 2 });
    expect(seen).toEqual(['a1', 'bx', 'a2']);
  });

  it('queues every event until drained, with or without handlers', () => {
    const em = new Emitter<E>();
    em.emit({ type: 'a', n: 1 });
    em.emit({ type: 'b', s: 'y' });
    expect(em.pending).toBe(2);
    expect(em.drain()).toEqual([
      { type: 'a', n: 1 },
      { type: 'b', s: 'y' },
    ]);
    expect(em.drain()).toEqual([]);
    expect(em.pending).toBe(0);
  });

  it('unsubscribes, idempotently, only the one registration', () => {
    const em = new Emitter<E>();
    const seen: number[] = [];
    const h = (e: { n: number }) => seen.push(e.n);
    const off1 = em.on('a', h);
    em.on('a', h);
    em.emit({ type: 'a', n: 1 });
    off1();
    off1();
    em.emit({ type: 'a', n: 2 });
    expect(seen).toEqual([1, 1, 2]);
  });

  it('lets a handler unsubscribe itself during delivery', () => {
    const em = new Emitter<E>();
    const seen: string[] = [];
    const off = em.on('a', () => {
      seen.push('once');
      off();
    });
    em.on('a', () => seen.push('always'));
    em.emit({ type: 'a', n: 1 }, { type: 'a', n: 2 });
    expect(seen).toEqual(['once', 'always', 'always']);
  });

  it('delivers to every handler even when one throws, then rethrows the first error', () => {
    const em = new Emitter<E>();
    const seen: number[] = [];
    em.on('a', () => {
      throw new Error('first');
    });
    em.on('a', (e) => seen.push(e.n));
    em.on('b', () => {
      throw new Error('second');
    });
    expect(() => em.emit({ type: 'a', n: 1 }, { type: 'b', s: '' }, { type: 'a', n: 2 })).toThrow('first');
    expect(seen).toEqual([1, 2]);
    expect(em.drain()).toHaveLength(3);
  });
});
