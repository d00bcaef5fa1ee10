// Conformance case 'core-tags-props': Tags.of(scope).add / remove with TagProps: includeResourceTypes
// and excludeResourceTypes (CloudFormation types, and "aws:cdk:stack" for the stacks' own tags in
// the manifest), priorities (a lower one on a child loses to the parent's default, a higher one on a
// child survives the parent's remove).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const queue = new sqs.Queue(stack, 'Queue');
new sqs.Queue(stack, 'Other');

cdk.Tags.of(stack).add('team', 'a', { includeResourceTypes: ['AWS::Lambda::Function'] });
cdk.Tags.of(fn).add('team', 'b', { priority: 50 });
cdk.Tags.of(stack).add('cost', 'x', { excludeResourceTypes: ['AWS::IAM::Role', 'aws:cdk:stack'] });
cdk.Tags.of(stack).remove('cost', { includeResourceTypes: ['AWS::SQS::Queue'] });
cdk.Tags.of(app).add('stack-only', 'y', { includeResourceTypes: ['aws:cdk:stack'] });
cdk.Tags.of(queue).add('pinned', '1', { priority: 300 });
cdk.Tags.of(stack).add('pinned', '0');
cdk.Tags.of(stack).remove('pinned');
cdk.Tags.of(fn).remove('cost', { priority: 50 });
app.synth();
