// Conformance case 'nested-stack-legacy-assets': aws-cdk's aws-cloudformation nested-stack.test.ts tests of assets in
// nested stacks of a stack given `new LegacyStackSynthesizer()`: 'assets within nested stacks are proxied from the
// parent' (a function's code asset: the parent's asset parameters passed to the nested stack as reference-to-...
// parameters; the test's s3_assets.Asset is a function's Code.fromAsset here), 'docker image assets are wired
// through the top-level stack' (an image function in a nested stack: the aws:cdk:asset metadata of the top-level
// stack; the test's synthesizer.addDockerImageAsset is Code.fromAssetImage here) and '3-level stacks: legacy
// synthesizer parameters are added to the middle-level stack'. Version reporting is off: the nested templates'
// hashes are in the asset parameters' logical ids, and their CDKMetadata is compressed by node's zlib.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ postCliContext: { 'aws:cdk:version-reporting': false } });
const legacy = (id) => new cdk.Stack(app, id, { synthesizer: new cdk.LegacyStackSynthesizer() });

// assets within nested stacks are proxied from the parent
{
  const nested = new cdk.NestedStack(legacy('ParentStack'), 'NestedStack');
  const fn = new lambda.Function(nested, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('lambda-handler'),
  });
  new cdk.CfnResource(nested, 'NestedResource', { type: 'Nested::Resource', properties: { FunctionArn: fn.functionArn } });
}
// docker image assets are wired through the top-level stack
{
  const nested = new cdk.NestedStack(legacy('my-stack'), 'nested-stack');
  new lambda.Function(nested, 'Fn', {
    code: lambda.Code.fromAssetImage('docker-handler', { buildArgs: { key: 'value', boom: 'bam' }, target: 'buildTarget' }),
    handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE,
  });
}
// 3-level stacks: legacy synthesizer parameters are added to the middle-level stack
{
  const middle = new cdk.NestedStack(legacy('stack'), 'nested1');
  const bottom = new cdk.NestedStack(middle, 'nested2');
  new cdk.CfnResource(bottom, 'Something', { type: 'BottomLevel' });
}
app.synth();
