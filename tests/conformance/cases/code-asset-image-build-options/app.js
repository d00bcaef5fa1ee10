// Conformance case 'code-asset-image-build-options': DockerImageCode.fromImageAsset with the
// DockerImageAssetOptions that go into the asset manifest's image source and into the asset hash
// (extraHash): file, buildArgs, target, platform, networkMode, buildSsh, cacheDisabled, outputs,
// extraHash, and the invalidation options that leave some of them out of the hash.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ecr_assets = require('aws-cdk-lib/aws-ecr-assets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ImageOptions');
const dir = path.join(__dirname, 'image');
new lambda.DockerImageFunction(stack, 'Everything', {
  code: lambda.DockerImageCode.fromImageAsset(dir, {
    file: 'Dockerfile.prod',
    buildArgs: { NODE_ENV: 'production', STAGE: 'prod' },
    target: 'prod',
    platform: ecr_assets.Platform.LINUX_ARM64,
    networkMode: ecr_assets.NetworkMode.HOST,
    buildSsh: 'default',
    cacheDisabled: true,
    outputs: ['type=docker'],
    extraHash: 'salt',
  }),
});
new lambda.DockerImageFunction(stack, 'Invalidation', {
  code: lambda.DockerImageCode.fromImageAsset(dir, {
    buildArgs: { A: '1' },
    target: 'base',
    platform: ecr_assets.Platform.LINUX_AMD64,
    invalidation: { buildArgs: false, target: false },
  }),
});
new lambda.Function(stack, 'ViaCode', {
  runtime: lambda.Runtime.FROM_IMAGE,
  handler: lambda.Handler.FROM_IMAGE,
  code: lambda.Code.fromAssetImage(dir, { buildArgs: { B: '2' }, networkMode: ecr_assets.NetworkMode.fromContainer('abc'), cmd: ['index.handler'] }),
});
app.synth();
