// Conformance case 'nested-stack-parameters': a queue of the parent stack used by a function of a
// NestedStack (its URL in the environment, its ARN in the role's policy): each becomes a
// "reference-to-..." String parameter of the nested template that the AWS::CloudFormation::Stack
// resource passes. Also the NestedStack props: parameters, timeout, notificationArns, description,
// removalPolicy; stack.stackName of the nested stack used inside and outside it.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Jobs');
const nested = new cdk.NestedStack(stack, 'Workers', {
  description: 'The workers',
  timeout: cdk.Duration.minutes(10),
  notificationArns: ['arn:aws:sns:us-east-1:123456789012:events'],
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  parameters: { Stage: 'prod' },
});
new cdk.CfnParameter(nested, 'Stage', { type: 'String' });
const fn = new lambda.Function(nested, 'Worker', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: {
    QUEUE_URL: queue.queueUrl,
    STACK: nested.stackName,
    PARENT: stack.stackName,
  },
});
queue.grantSendMessages(fn);
new cdk.CfnOutput(stack, 'NestedName', { value: nested.stackName });
new cdk.CfnOutput(stack, 'NestedId', { value: nested.stackId });
app.synth();
