// Conformance case 'unit-legacy-function-hash-version-props': aws-cdk's function-hash.test.ts (aws-lambda),
// 'corrected function hash' as the tests run it: recognizeVersionProps on and newStyleStackSynthesis off (the
// LegacyStackSynthesizer: the asset code is the stack's asset parameters); calculateFunctionHash's values are
// outputs
// Ported from aws-cdk: function-hash.test.ts 'DependsOn does not impact function hash' (8339678b...), 'properties not
// locked to the version do not impact function hash', 'manual classification as version locked', 'manual
// classification as not version locked'
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { calculateFunctionHash } =
  require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-lambda', 'lib', 'function-hash.js'));

const THE_RUNTIME = new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App({
  context: { '@aws-cdk/aws-lambda:recognizeVersionProps': true, '@aws-cdk/core:newStyleStackSynthesis': false },
});
const output = (fn, id, value) => new cdk.CfnOutput(fn.stack, id, { value });
const newFn = (stackId, id, extra) => new lambda.Function(new cdk.Stack(app, stackId), id, {
  runtime: THE_RUNTIME, code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')), handler: 'index.handler', ...extra,
});

// 'DependsOn does not impact function hash'
const fn1 = newFn('Stack1', 'MyFunction1');
output(fn1, 'Hash', calculateFunctionHash(fn1));
const fn2 = newFn('Stack2', 'MyFunction1');
fn2.node.addDependency(new cdk.CfnResource(fn2.stack, 'MyResource', { type: 'AWS::Foo::Bar', properties: { Name: 'Value' } }));
output(fn2, 'Hash', calculateFunctionHash(fn2));
// 'properties not locked to the version do not impact function hash'
const fn3 = newFn('Stack3', 'MyFunction');
output(fn3, 'Hash', calculateFunctionHash(fn3));
const fn4 = newFn('Stack4', 'MyFunction', { reservedConcurrentExecutions: 5 });
output(fn4, 'Hash', calculateFunctionHash(fn4));
// 'manual classification as version locked'
const fn5 = newFn('Locked', 'MyFunction1');
output(fn5, 'Original', calculateFunctionHash(fn5));
lambda.Function.classifyVersionProperty('UnclassifiedProp', true);
fn5.node.defaultChild.addPropertyOverride('UnclassifiedProp', 'Value');
output(fn5, 'Hash', calculateFunctionHash(fn5));
// 'manual classification as not version locked'
const fn6 = newFn('NotLocked', 'MyFunction1');
output(fn6, 'Original', calculateFunctionHash(fn6));
lambda.Function.classifyVersionProperty('UnclassifiedProp', false);
fn6.node.defaultChild.addPropertyOverride('UnclassifiedProp', 'Value');
output(fn6, 'Hash', calculateFunctionHash(fn6));

app.synth();
