// Conformance case 'grants-service-principal-resources': grants within one account to principals
// without a policy of their own (a ServicePrincipal, an ArnPrincipal, an AnyPrincipal, an
// AccountRootPrincipal) on a queue, a topic, a KMS key, an ECR repository, a table, a log group and a
// stream: Grant.addToPrincipalOrResource puts each statement into the resource's policy; a role of the
// same account (made here, or imported) gets it in its own policy only. One stack with an account,
// one environment-agnostic.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const kms = require('aws-cdk-lib/aws-kms');
const ddb = require('aws-cdk-lib/aws-dynamodb');
const logs = require('aws-cdk-lib/aws-logs');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const ecr = require('aws-cdk-lib/aws-ecr');
const app = new cdk.App();
for (const [name, env] of [['S', { account: '111111111111', region: 'us-east-1' }], ['Agnostic', undefined]]) {
  const stack = new cdk.Stack(app, name, { env });
  const service = new iam.ServicePrincipal('events.amazonaws.com');
  const arn = new iam.ArnPrincipal('arn:aws:iam::111111111111:role/byarn');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/imported');

  const queue = new sqs.Queue(stack, 'Queue');
  queue.grantSendMessages(service);
  queue.grantConsumeMessages(arn);
  queue.grantPurge(role);

  const topic = new sns.Topic(stack, 'Topic');
  topic.grantPublish(service);
  topic.grantPublish(new iam.AnyPrincipal());
  topic.grantPublish(service); // an equal statement: dropped before the Sids are given
  topic.grantPublish(imported);

  const key = new kms.Key(stack, 'Key');
  key.grantEncrypt(service);
  key.grantDecrypt(arn);
  key.grantEncryptDecrypt(role);

  new ecr.Repository(stack, 'Repo').grantPull(service);

  const table = new ddb.Table(stack, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
  table.grantReadData(arn);
  table.grantWriteData(new iam.AccountRootPrincipal());
  table.grantReadWriteData(role);

  const group = new logs.LogGroup(stack, 'Logs');
  group.grantWrite(service);
  group.grantRead(arn);
  group.grant(new iam.AnyPrincipal(), 'logs:PutLogEvents');
  group.grantWrite(role);

  const stream = new kinesis.Stream(stack, 'Stream');
  stream.grantRead(service);
  stream.grantWrite(arn);
  stream.grantReadWrite(imported);
}
app.synth();
