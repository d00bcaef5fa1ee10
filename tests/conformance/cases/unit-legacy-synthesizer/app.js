// Conformance case 'unit-legacy-synthesizer': the tests of aws-cdk's aws-lambda module that run under the
// LegacyStackSynthesizer ('@aws-cdk/core:newStyleStackSynthesis' false): file assets as the stack's
// AssetParameters (S3Bucket, S3VersionKey split on "||", ArtifactHash) with aws:cdk:asset metadata, no asset
// manifest, no bootstrap version; calculateFunctionHash's values (what function-hash.test.ts compares) as outputs
// Ported from aws-cdk: function-hash.test.ts 'same configuration and code yields the same hash', 'code impacts
// hash', 'environment variables impact hash' ('runtime impacts hash' is the same app); code.test.ts 'only one
// Asset object gets created even if multiple functions use the same AssetCode'; layers.test.ts 'asset metadata is
// added to the cloudformation resource'. The tests' `new Stack()`s are stacks of one App here; a layer of one
// stack used by a function of another shows a legacy stack's dependencies, a nested stack's template the parent's
// asset parameters; aws-ssm's parameter.test.ts 'fromLookup will use the SSM context provider to read value during
// synthesis' (legacy too: the missing lookup has no lookupRoleArn).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');
const { calculateFunctionHash } =
  require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-lambda', 'lib', 'function-hash.js'));

const THE_RUNTIME = new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App({ context: { [cxapi.NEW_STYLE_STACK_SYNTHESIS_CONTEXT]: false } });
const hash = (fn) => new cdk.CfnOutput(fn.stack, 'Hash', { value: calculateFunctionHash(fn) });
const assetFn = (stackId, id, asset, environment) => new lambda.Function(new cdk.Stack(app, stackId), id, {
  runtime: THE_RUNTIME, code: lambda.Code.fromAsset(path.join(__dirname, asset)), handler: 'index.handler', environment,
});

// function-hash.test.ts
hash(assetFn('Stack1', 'MyFunction1', 'handler.zip'));
hash(assetFn('Stack2', 'MyFunction1', 'handler.zip'));
hash(assetFn('CodeImpacts', 'MyFunction1', 'my-lambda-handler'));
hash(assetFn('EnvBar', 'MyFunction', 'my-lambda-handler', { Foo: 'bar' }));
hash(assetFn('EnvBeer', 'MyFunction', 'my-lambda-handler', { Foo: 'beer' }));

// code.test.ts: two functions of one AssetCode, one asset
{
  const stack = new cdk.Stack(app, 'MyStack');
  const directoryAsset = lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler'));
  new lambda.Function(stack, 'Func1', { handler: 'foom', runtime: lambda.Runtime.NODEJS_LATEST, code: directoryAsset });
  new lambda.Function(stack, 'Func2', { handler: 'foom', runtime: lambda.Runtime.NODEJS_LATEST, code: directoryAsset });
}

// layers.test.ts: asset metadata on the layer
const layerStack = new cdk.Stack(app, 'LayerStack');
layerStack.node.setContext(cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT, true);
const layer = new lambda.LayerVersion(layerStack, 'layer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
});

// a function of another stack on that layer: the stack's dependency
{
  const stack = new cdk.Stack(app, 'Consumer');
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X, code: lambda.Code.fromInline('foo'), handler: 'index.handler', layers: [layer],
  });
}
// a nested stack: its template is an asset of the parent
{
  const parent = new cdk.Stack(app, 'Parent');
  // the nested template without CDKMetadata: its Analytics text (node's zlib) is not ccdk's, and under the
  // legacy synthesizer the template's hash is in the parameters' logical ids
  parent.node.setContext('aws:cdk:version-reporting', false);
  new sqs.Queue(new cdk.NestedStack(parent, 'Nested'), 'Q');
}
// a lookup: no lookupRoleArn in the missing context
{
  const stack = new cdk.Stack(app, 'my-staq', { env: { region: 'us-east-1', account: '12344' } });
  new cdk.CfnOutput(stack, 'Value', { value: ssm.StringParameter.valueFromLookup(stack, 'my-param-name') });
}
app.synth();
