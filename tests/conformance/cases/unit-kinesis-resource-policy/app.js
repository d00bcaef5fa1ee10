// Conformance case 'unit-kinesis-resource-policy': kinesis.ResourcePolicy, a stack per test: a
// document of assignSids with a statement to AnyPrincipal on the stream (resource-policy.test.ts),
// on a consumer, the default document with statements added later (and an invalid one: a
// ResourcePolicy's document is not validated, only a stream's own), beside a stream's own policy,
// on an imported stream, on a stream of another stack.
// Ported from aws-cdk: aws-kinesis/test/resource-policy.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Create');
  const stream = new kinesis.Stream(stack, 'Stream', {});
  const policyDocument = new iam.PolicyDocument({
    assignSids: true,
    statements: [
      new iam.PolicyStatement({
        actions: ['kinesis:GetRecords'],
        principals: [new iam.AnyPrincipal()],
        resources: [stream.streamArn],
      }),
    ],
  });
  new kinesis.ResourcePolicy(stack, 'ResourcePolicy', { stream, policyDocument });
}
{
  const stack = new cdk.Stack(app, 'Consumer');
  const stream = new kinesis.Stream(stack, 'Stream');
  const consumer = new kinesis.StreamConsumer(stack, 'Consumer', { stream, streamConsumerName: 'c1' });
  const policyDocument = new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        actions: ['kinesis:DescribeStreamConsumer', 'kinesis:SubscribeToShard'],
        principals: [new iam.AccountPrincipal('123456789012')],
        resources: [consumer.streamConsumerArn],
      }),
    ],
  });
  new kinesis.ResourcePolicy(stack, 'ConsumerPolicy', { streamConsumer: consumer, policyDocument });
}
{
  const stack = new cdk.Stack(app, 'DefaultDocument');
  const stream = new kinesis.Stream(stack, 'Stream');
  const policy = new kinesis.ResourcePolicy(stack, 'Policy', { stream });
  policy.document.addStatements(new iam.PolicyStatement({
    actions: ['kinesis:DescribeStreamSummary'],
    principals: [new iam.AccountRootPrincipal()],
    resources: [stream.streamArn],
  }));
  // no principal: a stream's own document would fail validation, this one is not validated
  policy.document.addStatements(new iam.PolicyStatement({
    actions: ['kinesis:ListShards'],
    resources: [stream.streamArn],
  }));
  stream.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['kinesis:GetRecords'],
    principals: [new iam.AccountPrincipal('123456789012')],
    resources: [stream.streamArn],
  }));
}
{
  const stack = new cdk.Stack(app, 'Imported');
  const stream = kinesis.Stream.fromStreamArn(stack, 'Stream', 'arn:aws:kinesis:us-east-1:123456789012:stream/s1');
  new kinesis.ResourcePolicy(stack, 'Policy', {
    stream,
    policyDocument: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({
        actions: ['kinesis:GetRecords'],
        principals: [new iam.AnyPrincipal()],
        resources: [stream.streamArn],
      })],
    }),
  });
}
{
  // the stream in another stack: its ARN exported there, imported here
  const owner = new cdk.Stack(app, 'Owner');
  const stream = new kinesis.Stream(owner, 'Stream');
  const stack = new cdk.Stack(app, 'CrossStack');
  new kinesis.ResourcePolicy(stack, 'Policy', {
    stream,
    policyDocument: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({
        actions: ['kinesis:GetRecords'],
        principals: [new iam.AccountRootPrincipal()],
        resources: [stream.streamArn],
      })],
    }),
  });
}
app.synth();
