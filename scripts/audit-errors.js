#!/usr/bin/env node
// Lists aws-cdk-lib's validation messages that ccdk's sources do not contain: a to-do list for
// "bad input gets aws-cdk-lib's error message", not a test (many messages belong to options ccdk
// does not have, or are checked in another form).
// Usage: node scripts/audit-errors.js [module ...]      (default: the Lambda modules)
//   module: a folder of node_modules/aws-cdk-lib, e.g. aws-lambda aws-s3 core
// A message is a string or template literal passed to ValidationError / UnscopedValidationError /
// Error after its error id; it counts as present when its longest literal piece (between ${...})
// of 12 or more characters occurs in src/ or include/ once adjacent C string literals are joined.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const lib = path.join(root, 'node_modules', 'aws-cdk-lib');
const modules = process.argv.slice(2).length ? process.argv.slice(2)
  : ['aws-lambda', 'aws-lambda-event-sources', 'aws-lambda-destinations', 'aws-lambda-nodejs'];

function files(dir, ext) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, ext));
    else if (ext.some((x) => e.name.endsWith(x))) out.push(p);
  }
  return out;
}

// C sources with "a" "b" joined; escapes are compared as written on both sides
let csrc = '';
for (const f of [...files(path.join(root, 'src'), ['.c', '.h']), ...files(path.join(root, 'include'), ['.h'])]) {
  csrc += fs.readFileSync(f, 'utf8').replace(/"\s*\n\s*"/g, '').replace(/"\s+"/g, '').replace(/\\"/g, '"') + '\n';
}

// the literal after position i in s: a "..." / '...' string or a `template`, as its pieces
function literalAt(s, i) {
  while (s[i] === ' ' || s[i] === ',') i++;
  const q = s[i];
  if (q !== '"' && q !== "'" && q !== '`') return null;
  const pieces = [];
  let cur = '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      /* \n and \t as written (C writes them so too); an escaped quote or \uXXXX as its character */
      const d = s[j + 1];
      if (d === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) { cur += String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16)); j += 5; }
      else { cur += d === 'n' || d === 't' ? c + d : d; j++; }
      continue;
    }
    if (c === q) { pieces.push(cur); return pieces; }
    if (q === '`' && c === '$' && s[j + 1] === '{') {
      pieces.push(cur);
      cur = '';
      let depth = 0;
      for (j += 1; j < s.length; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
      }
      continue;
    }
    cur += c;
  }
  return null;
}

let missing = 0, total = 0;
for (const mod of modules) {
  const dir = path.join(lib, mod, 'lib');
  if (!fs.existsSync(dir)) { console.error(`no such module: ${mod}`); process.exit(2); }
  const seen = new Set();
  for (const f of files(dir, ['.js'])) {
    if (f.endsWith('.generated.js')) continue;
    const s = fs.readFileSync(f, 'utf8');
    const re = /(?:ValidationError|UnscopedValidationError|[^.\w]Error)\)?\((?:\(0,[\w.]+\(\)\.lit\)`\w+`,)?/g;
    let m;
    while ((m = re.exec(s))) {
      const pieces = literalAt(s, m.index + m[0].length);
      if (!pieces) continue;
      const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.trim().length < 12 || seen.has(longest)) continue;
      seen.add(longest);
      total++;
      if (!csrc.includes(longest)) {
        missing++;
        console.log(`${mod}/${path.relative(dir, f)}: ${pieces.join('${..}').slice(0, 160)}`);
      }
    }
  }
}
console.log(`audit-errors: ${missing} of ${total} messages not found in src/ (${modules.join(', ')})`);
