// Conformance case 'asset-staging-cache': AssetStaging.assetCache -- Code.fromAsset of one directory
// in several functions and stacks is staged once per App, and later assets of the same cache key get
// the first one's hash. The key (calculateCacheKey) has the source path, exclude, ignoreMode,
// extraHash, the hash type and custom hash, but not `follow`: F2 and F4 (follow NEVER, which would
// hash the external symlink as a link) get F1's hash (which followed it); F3 (an exclude) and F5
// (an extraHash) are staged on their own.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const dir = path.join(__dirname, 'shared');
const fn = (stack, id, options) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(dir, options),
});
const a = new cdk.Stack(app, 'StackA');
fn(a, 'F1');
fn(a, 'F2', { followSymlinks: cdk.SymlinkFollowMode.NEVER });
fn(a, 'F3', { exclude: ['*.txt'] });
fn(a, 'F1Again');
const b = new cdk.Stack(app, 'StackB');
fn(b, 'F4', { followSymlinks: cdk.SymlinkFollowMode.NEVER });
fn(b, 'F5', { extraHash: 'x' });
fn(b, 'F6', { exclude: ['*.txt'] });
app.synth();
