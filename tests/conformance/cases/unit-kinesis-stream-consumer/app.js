// Conformance case 'unit-kinesis-stream-consumer'
// Upstream: aws-kinesis/test/stream-consumer.test.ts: an imported consumer (its properties,
// addToResourcePolicy a no-op, grantRead), a new consumer (the resource, addToResourcePolicy making
// its ResourcePolicy, grantRead) and grantRead to a role of another account (resource policies on
// the stream and the consumer).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();

// stream consumer from attributes
const imp = new cdk.Stack(app, 'Imported');
new kinesis.Stream(imp, 'Stream', {});
const imported = kinesis.StreamConsumer.fromStreamConsumerAttributes(imp, 'MyConsumer', {
  streamConsumerArn: 'arn:aws:kinesis:region:account-id:stream/stream-name/consumer/consumer-name:123456',
});
new cdk.CfnOutput(imp, 'Arn', { value: imported.streamConsumerArn });
new cdk.CfnOutput(imp, 'Name', { value: imported.streamConsumerName });
new cdk.CfnOutput(imp, 'StreamArn', { value: imported.stream.streamArn });
imported.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['kinesis:DescribeStreamConsumer'],
  principals: [new iam.AnyPrincipal()],
  resources: [imported.streamConsumerArn],
}));
imported.grantRead(new iam.User(imp, 'MyUser'));

// new stream consumer
const made = new cdk.Stack(app, 'Made');
const stream = new kinesis.Stream(made, 'Stream', {});
const consumer = new kinesis.StreamConsumer(made, 'StreamConsumer', {
  streamConsumerName: 'MyStreamConsumer',
  stream,
});
consumer.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['kinesis:DescribeStreamConsumer'],
  principals: [new iam.AnyPrincipal()],
  resources: [consumer.streamConsumerArn],
}));
consumer.grantRead(new iam.User(made, 'MyUser'));

// grantRead when stream/consumer and grantee are in different accounts
const stackA = new cdk.Stack(app, 'StackA', { env: { account: '123456789012' } });
const streamA = new kinesis.Stream(stackA, 'Stream', { streamName: 'MyStream' });
const consumerA = new kinesis.StreamConsumer(stackA, 'StreamConsumer', {
  streamConsumerName: 'MyStreamConsumer',
  stream: streamA,
});
const stackB = new cdk.Stack(app, 'StackB', { env: { account: '234567890123' } });
const roleB = new iam.Role(stackB, 'MyRole', {
  assumedBy: new iam.AccountPrincipal('234567890123'),
  roleName: 'MyRole',
});
consumerA.grantRead(roleB);
app.synth();
