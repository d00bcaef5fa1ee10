// Conformance case 'user-order-stream': an app as a CDK user writes it, not shaped to a feature: a
// consumer of a self-managed Kafka cluster reads orders with SASL/SCRAM credentials from a
// KMS-encrypted secret; its code is a versioned object in a KMS-encrypted artifacts bucket that
// Lambda reads in place (REFERENCE); failed batches go to a queue that EventBridge may also write
// to; an operations user may invoke the consumer and read the artifacts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrderStream', { env: { account: '123456789012', region: 'eu-west-1' } });

const key = new kms.Key(stack, 'DataKey', { enableKeyRotation: true });
const credentials = new secretsmanager.Secret(stack, 'KafkaCredentials', {
  description: 'SASL/SCRAM credentials of the orders cluster',
  encryptionKey: key,
});
const artifacts = new s3.Bucket(stack, 'Artifacts', {
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
  versioned: true,
});
const failures = new sqs.Queue(stack, 'FailedBatches', { retentionPeriod: cdk.Duration.days(14) });
failures.grantSendMessages(new iam.ServicePrincipal('events.amazonaws.com'));

const consumer = new lambda.Function(stack, 'OrderConsumer', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromBucketV2(artifacts, 'consumer/v42.zip', {
    objectVersion: 'f8A1xK2dPq',
    s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
  }),
  timeout: cdk.Duration.minutes(1),
  environment: { SECRET_ARN: credentials.secretArn },
});
consumer.addEventSource(new sources.SelfManagedKafkaEventSource({
  bootstrapServers: ['b-1.orders.example.com:9096', 'b-2.orders.example.com:9096'],
  topic: 'orders',
  secret: credentials,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 500,
  consumerGroupId: 'order-consumer',
  onFailure: new sources.SqsDlq(failures),
}));

const ops = new iam.User(stack, 'OpsUser', { userName: 'orders-ops' });
consumer.grantInvoke(ops);
artifacts.grantRead(ops, 'consumer/*');
new cdk.CfnOutput(stack, 'ConsumerArn', { value: consumer.functionArn });
app.synth();
