/**
 * A small typed emitter with a queue. Every emitted event is both queued (the sim drains the queue
 * once per tick and hands it to the HUD) and delivered at once to handlers registered with `on`.
 */
export type Handler<E> = (event: E) => void;

interface Entry<E> {
  readonly fn: Handler<E>;
}

export class Emitter<E extends { readonly type: string }> {
  private readonly handlers = new Map<string, readonly Entry<E>[]>();
  private queue: E[] = [];

  /** Calls `handler` for every later event of `type`. Returns a function that unsubscribes it. */
  on<T extends E['type']>(type: T, handler: Handler<Extract<E, { type: T }>>): () => void {
    // Safe: dispatch hands each handler only events whose type it registered for.
    const entry: Entry<E> = { fn: handler as Handler<E> };
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), entry]);
    return () => {
      const list = this.handlers.get(type);
      if (list)
        this.handlers.set(
          type,
          list.filter((e) => e !== entry),
        );
    };
  }

  /**
   * Queues the events, then delivers them in order. Callers mutate first and emit last, so handlers
   * see a consistent state. A handler that throws does not stop delivery to the others (the HUD
   * must not starve audio); the first error is rethrown once all have run.
   */
  emit(...events: E[]): void {
    this.queue.push(...events);
    let failed = false;
    let error: unknown;
    for (const event of events) {
      // The list is replaced, never mutated, so (un)subscribing inside a handler is safe.
      for (const entry of this.handlers.get(event.type) ?? []) {
        try {
          entry.fn(event);
        } catch (e) {
          if (!failed) error = e;
          failed = true;
        }
      }
    }
    if (failed) throw error;
  }

  /** Everything emitted since the last drain, oldest first; empties the queue. */
  drain(): E[] {
    const events = this.queue;
    this.queue = [];
    return events;
  }

  /** Number of events waiting in the queue. */
  get pending(): number {
    return this.queue.length;
  }
}
