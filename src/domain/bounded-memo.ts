/**
 * `compute` remembered per key, for keys that recur from text to text (a corpus's words and names).
 * Past `maxKeys` entries the memory is dropped and begun again rather than grow without end.
 * `compute` must be pure: a key gives the same value whether it is remembered or computed again.
 */
export function boundedMemo<V extends NonNullable<unknown> | null>(compute: (key: string) => V, maxKeys: number): (key: string) => V {
  const memory = new Map<string, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      if (memory.size >= maxKeys) memory.clear();
      memory.set(key, (value = compute(key)));
    }
    return value;
  };
}

/**
 * `compute` remembered per owner and key, one `boundedMemo` per owner (a language pack): for values that
 * depend on the owner as well as on the key.
 */
export function boundedMemoPer<O extends object, V extends NonNullable<unknown> | null>(compute: (owner: O, key: string) => V, maxKeys: number): (owner: O, key: string) => V {
  const memos = new WeakMap<O, (key: string) => V>();
  // An article asks with one owner hundreds of times in a row: the last owner's memo is at hand.
  let last: { owner: O; memo: (key: string) => V } | null = null;
  return (owner, key) => {
    if (last?.owner !== owner) {
      let memo = memos.get(owner);
      if (!memo) memos.set(owner, (memo = boundedMemo((k) => compute(owner, k), maxKeys)));
      last = { owner, memo };
    }
    return last.memo(key);
  };
}
