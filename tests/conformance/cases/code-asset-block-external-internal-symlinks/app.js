// Conformance case 'code-asset-block-external-internal-symlinks': Code.fromAsset with followSymlinks
// BLOCK_EXTERNAL of a directory whose symlinks to a file and to a directory inside it are followed
// (staged as copies) and whose symlink to a file outside it is excluded: AssetStaging's constructor
// check passes, and the copy (copy.js, which would throw at an external link) stages the rest.
// Two functions share the asset (one staging); a layer of the same directory with EXTERNAL (the
// default) shares its hash too (follow is not in AssetStaging's cache key).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const dir = path.join(__dirname, 'handler');
const code = lambda.Code.fromAsset(dir, { followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL, exclude: ['ext.txt'] });
for (const id of ['First', 'Second']) {
  new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
}
new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset(dir, { exclude: ['ext.txt'] }) });

app.synth();
