// Conformance case 'unit-legacy-image-asset': image assets under the LegacyStackSynthesizer
// ('@aws-cdk/core:newStyleStackSynthesis' false): the image's aws:cdk:asset metadata on the stack (once per
// source hash, the build options under their DockerImageAssetSource names), the image URI in the aws-cdk/assets
// repository (or the "assets-ecr-repository-name" context's) of the stack's account and region, no asset manifest
// Ported from aws-cdk: code.test.ts lambda.Code.fromImageAsset 'adds code asset metadata', 'adds code asset metadata
// with default dockerfile path', 'cache disabled' (the tests' default synthesizer: the legacy one here)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { [cxapi.NEW_STYLE_STACK_SYNTHESIS_CONTEXT]: false } });
const dir = path.join(__dirname, 'docker-handler');
const imageFn = (stack, id, options) => new lambda.Function(stack, id, {
  code: lambda.Code.fromAssetImage(dir, options), handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE,
});
{
  const stack = new cdk.Stack(app, 'Agnostic');
  stack.node.setContext(cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT, true);
  imageFn(stack, 'Fn', { file: 'Dockerfile', target: 'stage', buildArgs: { arg1: 'val1', arg2: 'val2' }, buildSsh: 'default' });
  imageFn(stack, 'Same', { file: 'Dockerfile', target: 'stage', buildArgs: { arg1: 'val1', arg2: 'val2' }, buildSsh: 'default' });
  imageFn(stack, 'Default');
  imageFn(stack, 'CacheDisabled', {
    file: 'Dockerfile', target: 'stage', buildArgs: { arg1: 'val1', arg2: 'val2' }, buildSsh: 'default', cacheDisabled: true,
  });
}
{
  const stack = new cdk.Stack(app, 'WithEnv', { env: { account: '123456789012', region: 'eu-west-1' } });
  new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromImageAsset(dir, { platform: undefined }) });
}
{
  const stack = new cdk.Stack(app, 'Repository');
  stack.node.setContext('assets-ecr-repository-name', 'my-assets');
  imageFn(stack, 'Fn', { networkMode: undefined });
}
app.synth();
