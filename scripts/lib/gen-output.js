// The tail every scripts/gen-*.js shares: print the generated text, or with --check compare it with
// the file checked in (exit 1, naming the first line that differs and how to regenerate it).
// emit(rel, text, how): rel is the output's path from the repository's root, how names the inputs
// the text depends on ("aws-cdk-lib 2.276.0", "node v20, Unicode 15.1"), args the script's own
// arguments that select the output (repeated in the regenerate command).
'use strict';
const fs = require('fs');
const path = require('path');

function emit(script, rel, text, how, args = []) {
  if (!process.argv.includes('--check')) {
    process.stdout.write(text);
    return;
  }
  const file = path.join(__dirname, '..', '..', rel);
  const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const name = `scripts/${path.basename(script)}`;
  if (have === text) {
    console.log(`gen-check: ${rel} is what ${name} generates (${how})`);
    process.exit(0);
  }
  const a = have.split('\n');
  const b = text.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const cmd = ['node', name, ...args].join(' ');
  console.log(`gen-check: ${rel} differs from what ${name} generates (${how}) from line ${i + 1}: ` +
    `regenerate it (${cmd} > ${rel})`);
  process.exit(1);
}

module.exports = { emit };
