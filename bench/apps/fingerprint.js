// bench workload (c), aws-cdk-lib's side: FileSystem.fingerprint(DIR), printed.
// Usage: node fingerprint.js DIR
const { FileSystem } = require('aws-cdk-lib');
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node fingerprint.js DIR');
  process.exit(2);
}
console.log(FileSystem.fingerprint(dir));
