// A string pool for generated C tables: each string once, in one char array, and the tables hold
// its offset + 1 (0: NULL) instead of a pointer. A table of pointers in a position-independent
// executable is relocated at every start -- a write to each of its pages, ~1,000 relocations per
// 8 KiB -- where a table of offsets is read-only data that costs nothing until it is read.
'use strict';

function makePool() {
  const index = new Map();
  const strings = [];
  let length = 0;
  return {
    // the offset + 1 of s in the pool (added when new); 0 for undefined or null
    ref(s) {
      if (s === undefined || s === null) return 0;
      if (!index.has(s)) {
        index.set(s, length + 1);
        strings.push(s);
        length += Buffer.byteLength(s) + 1;
      }
      return index.get(s);
    },
    // the pool's definition, `const char <name>[] = ...;`, one string per line
    lines(name) {
      const out = [`const char ${name}[] =`];
      for (const s of strings) {
        if (!/^[\x20-\x7e]*$/.test(s) || s.includes('??')) throw new Error(`strpool: not printable ASCII: ${JSON.stringify(s)}`);
        out.push(`    ${JSON.stringify(s).slice(0, -1)}\\0"`);
      }
      if (!strings.length) out.push('    ""');
      out[out.length - 1] += ';';
      return out;
    },
  };
}

module.exports = { makePool };
