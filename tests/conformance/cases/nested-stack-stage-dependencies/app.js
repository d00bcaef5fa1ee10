// Conformance case 'nested-stack-stage-dependencies': nested stacks in a Stage (their templates
// beside the stack's in assembly-Prod/, the asset paths relative to it); a dependency between two
// nested stacks of one stack (DependsOn between their resources); two nested stacks with the same
// template (one asset, the first one's file); a stack that depends on its own nested stack
// (nothing); and another top-level stack that depends on a nested stack (on its parent).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stage = new cdk.Stage(app, 'Prod', { env: { account: '123456789012', region: 'eu-west-1' } });
const stack = new cdk.Stack(stage, 'Service');
const first = new cdk.NestedStack(stack, 'First');
const second = new cdk.NestedStack(stack, 'Second');
const third = new cdk.NestedStack(stack, 'Third');
new lambda.Function(third, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});
second.addStackDependency(first);
third.addStackDependency(second);
stack.addStackDependency(third);
const other = new cdk.Stack(stage, 'Other');
new cdk.CfnResource(other, 'Topic', { type: 'AWS::SNS::Topic' });
other.addStackDependency(second);
app.synth();
