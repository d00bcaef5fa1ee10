// Conformance case 'unit-sqs-grant-on-key'
// Queue.grantOnKey on a KMS queue (made key), a queue with a given key, an import with keyArn, and
// queues without a key (KMS_MANAGED, SQS_MANAGED) (aws-sqs/lib/queue-base.ts grantOnKey).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new sqs.Queue(stack, 'Made', { encryption: sqs.QueueEncryption.KMS }).grantOnKey(role, 'kms:Decrypt');
new sqs.Queue(stack, 'Given', { encryptionMasterKey: new kms.Key(stack, 'Key') })
  .grantOnKey(new iam.User(stack, 'User'), 'kms:Encrypt', 'kms:GenerateDataKey*');
sqs.Queue.fromQueueAttributes(stack, 'Imported', {
  queueArn: 'arn:aws:sqs:us-east-1:123456789012:imported', keyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc',
}).grantOnKey(role, 'kms:Decrypt', 'kms:DescribeKey');
const managed = new sqs.Queue(stack, 'Managed', { encryption: sqs.QueueEncryption.KMS_MANAGED });
const sqsManaged = new sqs.Queue(stack, 'SqsManaged', { encryption: sqs.QueueEncryption.SQS_MANAGED });
new cdk.CfnOutput(stack, 'Granted', {
  value: [managed.grantOnKey(role, 'kms:Decrypt').grant, sqsManaged.grantOnKey(role, 'kms:Decrypt').grant].map((g) => String(g !== undefined)).join(','),
});
app.synth();
