// Conformance case 'unit-function-hash': aws-cdk's function-hash.test.ts (aws-lambda), its tests in a
// default App, each as its own stack(s); calculateFunctionHash's values (what the tests compare) are outputs
// Ported from aws-cdk: function-hash.test.ts 'trim not needed', 'trim required', 'same configuration and
// code yields the same hash', 'code impacts hash', 'environment variables impact hash' ('runtime impacts
// hash' is the same app; these three set '@aws-cdk/core:newStyleStackSynthesis' false, the
// LegacyStackSynthesizer: here the default one; as the tests run them: unit-legacy-synthesizer), 'inline code change
// impacts the hash', 'lambda layers' 'same configuration yields the same hash', 'different layers impacts
// hash', 'without feature flag, preserve old behavior to avoid unnecessary invalidation of templates',
// 'impact of env variables order on hash' (without and with "currentVersion"), 'can invalidate version
// hash using invalidateVersionBasedOn: false / true'. The tests' `new Stack()`s are in separate Apps;
// here they are stacks of one App (a layer of another stack is a cross-stack reference).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
// calculateFunctionHash and trimFromStart are not exported by aws-cdk-lib: the file itself
const { calculateFunctionHash, trimFromStart } =
  require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-lambda', 'lib', 'function-hash.js'));

const THE_RUNTIME = new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App();
const hash = (fn) => new cdk.CfnOutput(fn.stack, 'Hash', { value: calculateFunctionHash(fn) });

{
  const stack = new cdk.Stack(app, 'TrimFromStart');
  const trims = [trimFromStart('foo', 100), trimFromStart('foo', 3), trimFromStart('', 3),
    trimFromStart('hello', 3), trimFromStart('hello', 4), trimFromStart('hello', 1)];
  new cdk.CfnOutput(stack, 'Trims', { value: trims.join(',') });
}
const assetFn = (stackId, id, asset, environment) => new lambda.Function(new cdk.Stack(app, stackId), id, {
  runtime: THE_RUNTIME, code: lambda.Code.fromAsset(path.join(__dirname, asset)), handler: 'index.handler', environment,
});
hash(assetFn('Stack1', 'MyFunction1', 'handler.zip'));
hash(assetFn('Stack2', 'MyFunction1', 'handler.zip'));
hash(assetFn('CodeImpacts', 'MyFunction1', 'my-lambda-handler'));
hash(assetFn('EnvBar', 'MyFunction', 'my-lambda-handler', { Foo: 'bar' }));
hash(assetFn('EnvBeer', 'MyFunction', 'my-lambda-handler', { Foo: 'beer' }));
for (const [name, code] of [['InlineCode1', 'foo'], ['InlineCode2', 'foo bar']]) {
  const stack = new cdk.Stack(app, name);
  hash(new lambda.Function(stack, 'MyFunction', { runtime: THE_RUNTIME, code: lambda.Code.fromInline(code), handler: 'index.handler' }));
}
// 'lambda layers': the beforeAll stack
const layerStack = new cdk.Stack(app, 'Layers');
const newLayer = (id) => new lambda.LayerVersion(layerStack, id, {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  compatibleRuntimes: [THE_RUNTIME],
  license: 'Apache-2.0',
  description: 'A layer to test the L2 construct',
});
const layer1 = newLayer('MyLayer');
const layer2 = newLayer('MyLayer2');
for (const [name, layers] of [['SameLayers1', [layer1]], ['SameLayers2', [layer1]], ['DifferentLayers', [layer2]],
  ['LayerOrder1', [layer1, layer2]], ['LayerOrder2', [layer2, layer1]]]) {
  const stack = new cdk.Stack(app, name);
  hash(new lambda.Function(stack, 'MyFunction', { runtime: THE_RUNTIME, code: lambda.Code.fromInline('foo'), handler: 'index.handler', layers }));
}
// 'impact of env variables order on hash'
for (const [name, environment, current] of [
  ['EnvOrder1', { Foo: 'bar', Bar: 'foo' }, false], ['EnvOrder2', { Bar: 'foo', Foo: 'bar' }, false],
  ['EnvOrderCurrentVersion1', { Foo: 'bar', Bar: 'foo' }, true], ['EnvOrderCurrentVersion2', { Bar: 'foo', Foo: 'bar' }, true]]) {
  const stack = new cdk.Stack(app, name);
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: THE_RUNTIME, code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')), handler: 'index.handler', environment,
  });
  if (current) new cdk.CfnOutput(stack, 'VersionArn', { value: fn.currentVersion.functionArn });
  hash(fn);
}
// 'can invalidate version hash using invalidateVersionBasedOn' (the test invalidates fn1 twice)
for (const doIt of [false, true]) {
  const stack1 = new cdk.Stack(app, `Invalidate${doIt}1`);
  const fn1 = new lambda.Function(stack1, 'Fn', { code: lambda.Code.fromInline('asdf'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X });
  if (doIt) fn1.invalidateVersionBasedOn('abc');
  fn1.currentVersion;
  const stack2 = new cdk.Stack(app, `Invalidate${doIt}2`);
  const fn2 = new lambda.Function(stack2, 'Fn', { code: lambda.Code.fromInline('asdf'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X });
  if (doIt) fn1.invalidateVersionBasedOn('xyz');
  fn2.currentVersion;
}

app.synth();
