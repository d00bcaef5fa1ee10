// Conformance case 'unit-function-hash-layer-flag': aws-cdk's function-hash.test.ts (aws-lambda), its tests
// with '@aws-cdk/aws-lambda:recognizeLayerVersion' on; calculateFunctionHash's values are outputs
// Ported from aws-cdk: function-hash.test.ts 'with feature flag, we sort layers so order is consistent',
// 'with feature flag, imported lambda layers can be distinguished', 'imported layer hashes are consistent'
// (the layers of the first test are those of the 'lambda layers' beforeAll, here the stack 'Layers')
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ssm = require('aws-cdk-lib/aws-ssm');
const { calculateFunctionHash } =
  require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-lambda', 'lib', 'function-hash.js'));

const THE_RUNTIME = new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:recognizeLayerVersion': true } });
const hash = (fn) => new cdk.CfnOutput(fn.stack, 'Hash', { value: calculateFunctionHash(fn) });

const layerStack = new cdk.Stack(app, 'Layers');
const newLayer = (id) => new lambda.LayerVersion(layerStack, id, {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  compatibleRuntimes: [THE_RUNTIME],
  license: 'Apache-2.0',
  description: 'A layer to test the L2 construct',
});
const layer1 = newLayer('MyLayer');
const layer2 = newLayer('MyLayer2');
for (const [name, layers] of [['stack2', [layer1, layer2]], ['stack3', [layer2, layer1]]]) {
  const stack = new cdk.Stack(app, name);
  hash(new lambda.Function(stack, 'MyFunction', { runtime: THE_RUNTIME, code: lambda.Code.fromInline('foo'), handler: 'index.handler', layers }));
}
for (const [name, version] of [['ImportedLayer1', '<version1>'], ['ImportedLayer2', '<version2>']]) {
  const stack = new cdk.Stack(app, name);
  const imported = lambda.LayerVersion.fromLayerVersionArn(stack, 'imported-layer', `arn:aws:lambda:<region>:<account>:layer:<layer-name>:${version}`);
  hash(new lambda.Function(stack, 'MyFunction', { runtime: THE_RUNTIME, code: lambda.Code.fromInline('foo'), handler: 'index.handler', layers: [imported] }));
}
// 'imported layer hashes are consistent' (the second ARN names stack1's region, as the test's does)
const stack1 = new cdk.Stack(app, 'Stack1');
for (const stack of [stack1, new cdk.Stack(app, 'Stack2')]) {
  const param = ssm.StringParameter.fromStringParameterName(stack, 'Param', 'ParamName');
  const fn = new lambda.Function(stack, 'Fn', {
    code: lambda.Code.fromInline('asdf'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X,
    layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'MyLayer', `arn:aws:lambda:${stack1.region}:<AccountID>:layer:IndexCFN:${param.stringValue}`)],
  });
  fn.currentVersion;
}

app.synth();
