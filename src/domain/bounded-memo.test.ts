import { describe, expect, it } from "vitest";
import { boundedMemo, boundedMemoPer } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes a key once while it is remembered, and again once the memory is full and begun again", () => {
    const computed: string[] = [];
    const upper = boundedMemo((key) => {
      computed.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper("a"), upper("b"), upper("a"), upper("b")]).toEqual(["A", "B", "A", "B"]);
    expect(computed).toEqual(["a", "b"]);
    // A third key finds the memory full: it is dropped, so "a" is computed again after "c".
    expect([upper("c"), upper("a"), upper("c")]).toEqual(["C", "A", "C"]);
    expect(computed).toEqual(["a", "b", "c", "a"]);
  });

  it("remembers null as a value", () => {
    let calls = 0;
    const none = boundedMemo(() => {
      calls += 1;
      return null;
    }, 10);
    expect([none("x"), none("x")]).toEqual([null, null]);
    expect(calls).toBe(1);
  });
});

describe("boundedMemoPer", () => {
  it("remembers each owner's values apart, computing a key once per owner", () => {
    const computed: string[] = [];
    const fr = { suffix: "-fr" };
    const en = { suffix: "-en" };
    const tagged = boundedMemoPer((owner: { suffix: string }, key: string) => {
      computed.push(key + owner.suffix);
      return key + owner.suffix;
    }, 10);
    expect([tagged(fr, "a"), tagged(en, "a"), tagged(fr, "a"), tagged(en, "a")]).toEqual(["a-fr", "a-en", "a-fr", "a-en"]);
    expect(computed).toEqual(["a-fr", "a-en"]);
  });
});
