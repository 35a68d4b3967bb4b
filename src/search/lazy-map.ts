/**
 * A Map whose entries are written the first time anything reads or changes it, for MiniSearch's
 * private Maps restored from the cache: filled up front, a warm start would write tens of thousands of
 * entries that a search from the cache never reads, and that MiniSearch's own methods still find when they do.
 */
export class LazyMap<K, V> extends Map<K, V> {
  readonly #fillWith: ((map: Map<K, V>) => void) | undefined;
  #filled = false;

  static {
    // `size` is an accessor on Map.prototype; TypeScript will not let a subclass override it as one.
    Object.defineProperty(this.prototype, 'size', {
      get(this: LazyMap<unknown, unknown>) {
        this.#ensureFilled();
        return Reflect.get(Map.prototype, 'size', this) as number;
      },
    });
  }

  /** `fill` writes the entries, with `map.set`; subclasses may override `fill()` instead. */
  constructor(fill?: (map: Map<K, V>) => void) {
    super();
    this.#fillWith = fill;
  }

  /** Whether the entries have been written, that is whether anything has used the Map yet. */
  protected get filled(): boolean {
    return this.#filled;
  }

  protected fill(): void {
    this.#fillWith?.(this);
  }

  override get(key: K): V | undefined {
    this.#ensureFilled();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.#ensureFilled();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.#ensureFilled();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.#ensureFilled();
    return super.delete(key);
  }

  override clear(): void {
    this.#ensureFilled();
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.#ensureFilled();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    this.#ensureFilled();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.#ensureFilled();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.#ensureFilled();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  #ensureFilled(): void {
    if (this.#filled) return;
    // Marked first: `fill` writes through `set`.
    this.#filled = true;
    this.fill();
  }
}
