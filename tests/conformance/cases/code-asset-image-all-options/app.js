// Conformance case 'code-asset-image-all-options': DockerImageCode.fromImageAsset /
// Code.fromAssetImage with the DockerImageAssetOptions and FileFingerprintOptions beyond the build
// options: buildContexts, buildSecrets (DockerBuildSecret.fromSrc), assetName, cacheFrom, cacheTo,
// displayName, exclude, followSymlinks, ignoreMode; assetName as the default displayName; the
// invalidation options that leave buildContexts and buildSecrets out of the hash (then the hash is
// a plain asset's, and the first asset of the hash keeps its source and displayName); an empty
// cacheFrom and buildSecrets, which still go to the image source.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ImageAllOptions');
const dir = path.join(__dirname, 'image');
new lambda.DockerImageFunction(stack, 'Everything', {
  code: lambda.DockerImageCode.fromImageAsset(dir, {
    buildArgs: { NODE_ENV: 'production' },
    buildContexts: { shared: '../shared', base: 'docker-image://public.ecr.aws/lambda/nodejs:20' },
    buildSecrets: { NPM_TOKEN: cdk.DockerBuildSecret.fromSrc('secret.txt') },
    assetName: 'everything-image',
    cacheFrom: [
      { type: 'registry', params: { ref: '123456789012.dkr.ecr.us-east-1.amazonaws.com/cache:main' } },
      { type: 'gha' },
    ],
    cacheTo: { type: 'registry', params: { ref: '123456789012.dkr.ecr.us-east-1.amazonaws.com/cache:main', mode: 'max' } },
    cacheDisabled: false,
    displayName: 'The everything image',
    exclude: ['*.md', 'secret.txt'],
    followSymlinks: cdk.SymlinkFollowMode.ALWAYS,
    ignoreMode: cdk.IgnoreMode.DOCKER,
  }),
});
new lambda.DockerImageFunction(stack, 'Named', {
  code: lambda.DockerImageCode.fromImageAsset(dir, { assetName: 'named-image', buildContexts: { app: '.' } }),
});
new lambda.DockerImageFunction(stack, 'Plain', {
  code: lambda.DockerImageCode.fromImageAsset(dir),
});
new lambda.DockerImageFunction(stack, 'Invalidation', {
  code: lambda.DockerImageCode.fromImageAsset(dir, {
    buildContexts: { shared: '../shared' },
    buildSecrets: { NPM_TOKEN: cdk.DockerBuildSecret.fromSrc('secret.txt') },
    invalidation: { buildContexts: false, buildSecrets: false },
    displayName: 'not kept: the hash is Plain\'s',
  }),
});
new lambda.DockerImageFunction(stack, 'HashedSecrets', {
  code: lambda.DockerImageCode.fromImageAsset(dir, {
    buildSecrets: { NPM_TOKEN: cdk.DockerBuildSecret.fromSrc('secret.txt') },
    invalidation: { buildContexts: false },
  }),
});
new lambda.Function(stack, 'ViaCode', {
  runtime: lambda.Runtime.FROM_IMAGE,
  handler: lambda.Handler.FROM_IMAGE,
  code: lambda.Code.fromAssetImage(dir, {
    cacheFrom: [],
    buildSecrets: {},
    cacheTo: { type: 'local' },
    exclude: ['README.md'],
    followSymlinks: cdk.SymlinkFollowMode.NEVER,
    cmd: ['index.handler'],
  }),
});
app.synth();
