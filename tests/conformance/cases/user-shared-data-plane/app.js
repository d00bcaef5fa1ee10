// Conformance case 'user-shared-data-plane': an app as a CDK user writes it, not shaped to a
// feature: a Shared stack owns the data plane -- one customer-managed key encrypting a bucket, a
// queue (with its dead-letter queue), a topic; a generated secret; a Python layer; a string
// parameter -- and a Workers stack of the same environment uses all of it across stacks: an
// ingest function (the layer, the key for its environment, bucket read/write, queue source with
// failures reported, secret read) and a notifier subscribed to the topic (a filter policy, a DLQ of
// its own) that publishes back to it.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const env = { account: '999988887777', region: 'us-west-2' };

const shared = new cdk.Stack(app, 'Shared', { env });
const key = new kms.Key(shared, 'DataKey', { enableKeyRotation: true, description: 'data plane key' });
const bucket = new s3.Bucket(shared, 'Documents', {
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
  bucketKeyEnabled: true,
  enforceSSL: true,
});
const dlq = new sqs.Queue(shared, 'IngestDlq', { encryptionMasterKey: key, retentionPeriod: cdk.Duration.days(14) });
const queue = new sqs.Queue(shared, 'Ingest', {
  encryptionMasterKey: key,
  visibilityTimeout: cdk.Duration.minutes(3),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 4 },
});
const topic = new sns.Topic(shared, 'DocumentEvents', { masterKey: key });
// (not on the shared key: secret.grantRead's ViaServicePrincipal would put the Workers role in
// the key's policy, a reference back from Shared)
const secret = new secretsmanager.Secret(shared, 'PartnerApiKey', {
  generateSecretString: { excludePunctuation: true, passwordLength: 40 },
});
const layer = new lambda.LayerVersion(shared, 'Common', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_12],
  description: 'shared helpers',
});
const prefix = new ssm.StringParameter(shared, 'DocumentPrefix', {
  parameterName: '/data-plane/document-prefix',
  stringValue: 'incoming/',
});

const workers = new cdk.Stack(app, 'Workers', { env });
// grants on the shared key go to the workers' own policies once Workers depends on Shared
workers.addStackDependency(shared);
const ingest = new lambda.Function(workers, 'Ingest', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"batchItemFailures": []}\n'),
  layers: [layer],
  timeout: cdk.Duration.minutes(1),
  environmentEncryption: key,
  environment: {
    BUCKET: bucket.bucketName,
    SECRET_ARN: secret.secretArn,
    TOPIC_ARN: topic.topicArn,
    PREFIX_PARAM: prefix.parameterName,
  },
  deadLetterQueue: dlq,
});
ingest.addEventSource(new sources.SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }));
bucket.grantReadWrite(ingest, 'incoming/*');
secret.grantRead(ingest);
prefix.grantRead(ingest);
topic.grantPublish(ingest);

const notifierDlq = new sqs.Queue(workers, 'NotifierDlq');
const notifier = new lambda.Function(workers, 'Notifier', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  layers: [layer],
});
notifier.addEventSource(new sources.SnsEventSource(topic, {
  filterPolicy: {
    kind: sns.SubscriptionFilter.stringFilter({ allowlist: ['created', 'deleted'] }),
    size: sns.SubscriptionFilter.numericFilter({ greaterThan: 0 }),
  },
  deadLetterQueue: notifierDlq,
}));
new cdk.CfnOutput(workers, 'IngestQueueUrl', { value: queue.queueUrl });
app.synth();
