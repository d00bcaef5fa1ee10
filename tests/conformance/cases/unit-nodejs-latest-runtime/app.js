// Conformance case 'unit-nodejs-latest-runtime': aws-cdk's nodejs-latest-runtime.test.ts (aws-lambda):
// a Function of Runtime.NODEJS_LATEST takes determineLatestNodeRuntime(this) as fn.runtime (a new
// Runtime: not the NODEJS_LATEST constant), another runtime is fn.runtime itself. Each test's App
// here one App: its stacks by the tests' names (the us-east-1 tests share 'TestStack'; the
// environment-agnostic one is 'AgnosticStack'); what the tests expect of fn.runtime as outputs.
// Ported from aws-cdk: nodejs-latest-runtime.test.ts 'uses determineLatestNodeRuntime when runtime is
// NODEJS_LATEST', 'uses provided runtime when not NODEJS_LATEST', 'runtime property returns determined
// runtime for NODEJS_LATEST', 'runtime property returns original runtime for non-NODEJS_LATEST',
// 'NODEJS_LATEST resolution works in different regions', 'NODEJS_LATEST uses correct version in
// environment-agnostic stack'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

// the test's util.ts acknowledgeTestValidationRules
function acknowledgeTestValidationRules(scope) {
  cdk.Validations.of(scope).acknowledge(
    { id: 'CloudFormation-Validate::E2533', reason: 'Placeholder ARNs and values used in tests do not match patterns' },
    { id: 'CloudFormation-Validate::E3071', reason: 'Intentionally testing invalid runtime/code combinations' },
    { id: 'CloudFormation-Validate::F0001', reason: 'Empty resource sections are expected in some tests' },
    { id: 'CloudFormation-Validate::F1020', reason: 'Intentionally testing missing required properties' },
    { id: 'CloudFormation-Validate::F3003', reason: 'Duplicate primary identifiers are intentional in tests' },
    { id: 'CloudFormation-Validate::F3030', reason: 'Intentionally testing invalid enum values' },
    { id: 'CloudFormation-Validate::F3031', reason: 'Intentionally testing invalid pattern values' },
    { id: 'CloudFormation-Validate::F3033', reason: 'Intentionally testing invalid string lengths' },
    { id: 'CloudFormation-Validate::W2001', reason: 'Unreferenced parameters are expected in test stacks' },
    { id: 'CloudFormation-Validate::W2530', reason: 'Hardcoded ARNs are expected in tests' },
    { id: 'CloudFormation-Validate::W2531', reason: 'Hardcoded ARNs are expected in tests' },
    { id: 'CloudFormation-Validate::W2533', reason: 'Placeholder values in Ref do not match resource names in tests' },
    { id: 'CloudFormation-Validate::W9002', reason: 'Deprecated properties used intentionally in tests' },
    { id: 'CloudFormation-Validate::W9013', reason: 'Duplicate subnets are intentional in tests' },
    { id: 'CloudFormation-Validate::E3019', reason: 'Ref values do not resolve to valid ARNs in test stacks' },
    { id: 'CloudFormation-Validate::W1030', reason: 'Duplicate resource identifiers are intentional in tests' },
  );
}

const props = (runtime) => ({
  runtime,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = function() {}'),
});
const outputs = (scope, prefix, fn) => {
  new cdk.CfnOutput(scope, `${prefix}RuntimeName`, { value: fn.runtime.name });
  new cdk.CfnOutput(scope, `${prefix}FamilyIsNodejs`, { value: String(fn.runtime.family === lambda.RuntimeFamily.NODEJS) });
  new cdk.CfnOutput(scope, `${prefix}IsVariable`, { value: String(fn.runtime.isVariable) });
  new cdk.CfnOutput(scope, `${prefix}IsNodejsLatest`, { value: String(fn.runtime === lambda.Runtime.NODEJS_LATEST) });
  new cdk.CfnOutput(scope, `${prefix}IsNodejs20`, { value: String(fn.runtime === lambda.Runtime.NODEJS_20_X) });
};

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-east-1' } });
acknowledgeTestValidationRules(stack);
outputs(stack, 'Latest', new lambda.Function(stack, 'MyFunction', props(lambda.Runtime.NODEJS_LATEST)));
outputs(stack, 'Node20', new lambda.Function(stack, 'MyFunction20', props(lambda.Runtime.NODEJS_20_X)));

// 'NODEJS_LATEST resolution works in different regions' (no acknowledgement in that test)
const usEast1Stack = new cdk.Stack(app, 'USEast1Stack', { env: { region: 'us-east-1' } });
const euWest1Stack = new cdk.Stack(app, 'EUWest1Stack', { env: { region: 'eu-west-1' } });
outputs(usEast1Stack, 'Us', new lambda.Function(usEast1Stack, 'MyFunction', props(lambda.Runtime.NODEJS_LATEST)));
outputs(euWest1Stack, 'Eu', new lambda.Function(euWest1Stack, 'MyFunction', props(lambda.Runtime.NODEJS_LATEST)));

// 'NODEJS_LATEST uses correct version in environment-agnostic stack'
const agnostic = new cdk.Stack(app, 'AgnosticStack');
acknowledgeTestValidationRules(agnostic);
new lambda.Function(agnostic, 'MyFunction', props(lambda.Runtime.NODEJS_LATEST));

// Beyond the tests: each determined runtime joined Runtime.ALL (its constructor pushes it), which an
// imported layer's compatibleRuntimes is, and under recognizeLayerVersion the version hash covers
const hashStack = new cdk.Stack(app, 'LayerHashStack');
hashStack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
const withLayer = new lambda.Function(hashStack, 'WithLayer', {
  ...props(lambda.Runtime.NODEJS_20_X),
  layers: [lambda.LayerVersion.fromLayerVersionArn(hashStack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1')],
});
new cdk.CfnOutput(hashStack, 'VersionArn', { value: withLayer.currentVersion.functionArn });

app.synth();
