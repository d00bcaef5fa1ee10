// Conformance case 'handler-code-asset-tree': Handler Code: `lambda.Code.fromAsset(dir, {exclude})` of a
// directory tree with nested folders, an empty folder, symlinks (internal and external), a CRLF text file,
// a binary file, a dot file and excluded files: the asset hash must match.
// The tree is generated under scratch/ (git ignored) by app.js and app.c alike; the first writer builds it
// in a temporary directory and renames it into place, so concurrent runs never see a half-written tree.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

function generateTree(scratch) {
  const gen = path.join(scratch, 'gen');
  if (fs.existsSync(path.join(gen, 'tree'))) return;
  fs.mkdirSync(scratch, { recursive: true });
  const tmp = path.join(scratch, `tmp-js-${process.pid}-${Date.now()}`);
  const put = (rel, data) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), data);
  };
  put('outside.txt', 'a file outside the asset, reached through a symlink\n');
  put('tree/index.js', 'exports.handler = async () => require("./lib/util").hello();\n');
  put('tree/lib/util.js', 'exports.hello = () => "hello";\n');
  put('tree/lib/nested/deep/data.json', '{"a": [1, 2, 3]}\n');
  put('tree/crlf.txt', 'line one\r\nline two\r\n');
  put('tree/binary.bin', Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 7) & 255)));
  put('tree/.hidden', 'dot file\n');
  put('tree/debug.log', 'excluded by *.log\n');
  put('tree/keep.log', 'kept by !keep.log\n');
  put('tree/lib/skip-me/ignored.js', 'excluded with its directory\n');
  put('tree/lib/nested/notes.tmp', 'excluded by **/*.tmp\n');
  fs.mkdirSync(path.join(tmp, 'tree/lib/nested/empty-dir'), { recursive: true });
  fs.symlinkSync('lib/util.js', path.join(tmp, 'tree/link-to-util.js'));
  fs.symlinkSync('../outside.txt', path.join(tmp, 'tree/link-outside.txt'));
  try {
    fs.renameSync(tmp, gen);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true }); // another run was first
  }
}
generateTree(path.join(__dirname, 'scratch'));

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'scratch', 'gen', 'tree'), {
    exclude: ['*.log', '!keep.log', 'skip-me', '**/*.tmp'],
  }),
});
app.synth();
