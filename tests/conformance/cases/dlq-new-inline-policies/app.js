// Conformance case 'dlq-new-inline-policies': the dead-letter queue and topic grants go through
// addToRolePolicy, so @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy (set on the stack,
// which wins over the CLI's context) puts each in a new inline policy.
// Upstream: aws-lambda/test/function.test.ts 'default function with SQS DLQ when client sets
// deadLetterQueueEnabled to true' / 'default function with SNS DLQ when client provides Topic to be
// used as DLQ', under the flag.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy', true);

new lambda.Function(stack, 'QueueFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  deadLetterQueueEnabled: true,
  tracing: lambda.Tracing.ACTIVE,
});
const topic = new sns.Topic(stack, 'DLT');
new lambda.Function(stack, 'TopicFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  deadLetterTopic: topic,
});

// without the flag: the role's default policy, as before
const other = new cdk.Stack(app, 'OtherStack');
other.node.setContext('@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy', false);
new lambda.Function(other, 'QueueFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  deadLetterQueueEnabled: true,
});

app.synth();
