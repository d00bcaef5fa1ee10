// Conformance case 'unit-code-image-asset-metadata': code.test.ts's lambda.Code.fromImageAsset metadata
// tests under the default (new-style) synthesizer, a stack each: 'props are correctly resolved' (the
// ImageConfig), 'adds code asset metadata' (dockerfile path, build args, ssh, target),
// 'adds code asset metadata with default dockerfile path', 'cache disabled' — the resource's
// aws:asset:* metadata with aws:cdk:enable-asset-metadata, and the image assets in the manifest.
// (unit-legacy-image-asset holds the same tests under the LegacyStackSynthesizer.)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const dir = path.join(__dirname, 'docker-handler');
const imageFn = (stackName, options) => {
  const stack = new cdk.Stack(app, stackName);
  stack.node.setContext(cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT, true);
  new lambda.Function(stack, 'Fn', {
    code: lambda.Code.fromAssetImage(dir, options), handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE,
  });
};
const built = { file: 'Dockerfile', target: 'stage', buildArgs: { arg1: 'val1', arg2: 'val2' }, buildSsh: 'default' };
imageFn('PropsResolved', { cmd: ['cmd', 'param1'], entrypoint: ['entrypoint', 'param2'], workingDirectory: '/some/path' });
imageFn('AssetMetadata', built);
imageFn('DefaultDockerfile');
imageFn('CacheDisabled', { ...built, cacheDisabled: true });
app.synth();
