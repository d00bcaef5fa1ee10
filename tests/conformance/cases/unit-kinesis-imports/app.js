// Conformance case 'unit-kinesis-imports'
// Upstream: aws-kinesis/test/stream.test.ts ('uses explicit KMS key if provided' imports, grants on
// an imported stream with a key, another account's stream) and stream-consumer.test.ts
// (fromStreamConsumerArn / fromStreamConsumerAttributes, grantRead), and a Lambda reading through an
// imported consumer (KinesisConsumerEventSource).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const role = () => new iam.Role(stack, `Role${n++}`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
let n = 0;

const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012');
const withKey = kinesis.Stream.fromStreamAttributes(stack, 'WithKey', {
  streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/with-key', encryptionKey: key,
});
withKey.grantRead(role());
withKey.grantWrite(role());
withKey.grantReadWrite(role());
const madeKey = new kms.Key(stack, 'MadeKey');
const otherAccount = kinesis.Stream.fromStreamAttributes(stack, 'OtherAccount', {
  streamArn: 'arn:aws:kinesis:us-east-1:999999999999:stream/other', encryptionKey: madeKey,
});
otherAccount.grantRead(role());
otherAccount.grantRead(new iam.AccountPrincipal('555555555555'));
new cdk.CfnOutput(stack, 'WithKeyName', { value: withKey.streamName });
new cdk.CfnOutput(stack, 'KeyArn', { value: withKey.encryptionKey.keyArn });

const consumer = kinesis.StreamConsumer.fromStreamConsumerArn(stack, 'Consumer',
  'arn:aws:kinesis:us-east-1:123456789012:stream/my-stream/consumer/my-consumer:1577836800');
consumer.grantRead(role());
new cdk.CfnOutput(stack, 'ConsumerName', { value: consumer.streamConsumerName });
new cdk.CfnOutput(stack, 'ConsumerArn', { value: consumer.streamConsumerArn });
new cdk.CfnOutput(stack, 'ConsumerStreamArn', { value: consumer.stream.streamArn });
new cdk.CfnOutput(stack, 'ConsumerStreamName', { value: consumer.stream.streamName });
const other = kinesis.StreamConsumer.fromStreamConsumerAttributes(stack, 'OtherConsumer', {
  streamConsumerArn: 'arn:aws-cn:kinesis:cn-north-1:999999999999:stream/s2/consumer/c2:1',
});
other.grantRead(new iam.AccountPrincipal('555555555555'));
new cdk.CfnOutput(stack, 'OtherStreamArn', { value: other.stream.streamArn });

const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
fn.addEventSource(new sources.KinesisConsumerEventSource(consumer, { startingPosition: lambda.StartingPosition.LATEST }));
app.synth();
