// Conformance case 'event-sources-kafka-secret-managed': ManagedKafkaEventSource with a secret: the
// SASL_SCRAM_512_AUTH source access configuration, the secret's grantRead before the kafka:* statement,
// and a secret encrypted with a kms.Key (the key policy's kms:Decrypt through Secrets Manager)
// Ported from aws-cdk: kafka.test.ts 'msk' 'with secret'
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const secret = new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
fn.addEventSource(new eventsources.ManagedKafkaEventSource({
  clusterArn: 'some-arn',
  topic: 'some-topic',
  secret,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
}));
// a second function, an imported secret and a secret with a key
const fn2 = new lambda.Function(stack, 'Fn2', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 2;'),
});
const key = new kms.Key(stack, 'Key');
const keyed = new sm.Secret(stack, 'KeyedSecret', { secretName: 'AmazonMSK_Keyed', encryptionKey: key });
const clusterArn = 'arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/11111111-1111-1111-1111-111111111111-1';
fn2.addEventSource(new eventsources.ManagedKafkaEventSource({
  clusterArn,
  topic: 'orders',
  secret: keyed,
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 50,
}));
fn2.addEventSource(new eventsources.ManagedKafkaEventSource({
  clusterArn,
  topic: 'returns',
  secret: sm.Secret.fromSecretPartialArn(stack, 'Imported', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_shared'),
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
}));

app.synth();
