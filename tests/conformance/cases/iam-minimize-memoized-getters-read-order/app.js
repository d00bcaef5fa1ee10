// Conformance case 'iam-minimize-memoized-getters-read-order': under @aws-cdk/aws-iam:minimizePolicies
// a role of a consumer stack gets one statement per attribute of a producer's TableV2, ManagedPolicy,
// User, Group, kinesis StreamConsumer, cloudwatch Alarm, ECR Repository, codeguru ProfilingGroup, KMS
// Alias and LogStream, read in another order than the constructs were made. Each of those getters is
// a @memoizedGetter in aws-cdk-lib (getResourceArnAttribute / getResourceNameAttribute, or an L1
// attribute read there): its token is numbered at its first read, here by the statement. The
// statements merge, setMerge sorts the tokens by those numbers, so the merged resources and the
// producer's exports follow the reads. Two exceptions show too: user.userArn is read by the User's
// constructor (its policyFragment), so it keeps its creation place; consumer.streamConsumerArn reads
// stream.streamName (its ARN's resource name) before making its own token. The Lazy strings make
// aws-cdk-lib's counter (a random start of 0..9) pass 100 first, so its numbers keep one width.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ecr = require('aws-cdk-lib/aws-ecr');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');

for (let i = 0; i < 100; i++) cdk.Lazy.string({ produce: () => '' });
const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const table = new dynamodb.TableV2(producer, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  dynamoStream: dynamodb.StreamViewType.NEW_IMAGE,
});
const policy = new iam.ManagedPolicy(producer, 'Policy', {
  statements: [new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] })],
});
const user = new iam.User(producer, 'User');
const group = new iam.Group(producer, 'Group');
const stream = new kinesis.Stream(producer, 'Stream');
const streamConsumer = new kinesis.StreamConsumer(producer, 'StreamConsumer', { stream, streamConsumerName: 'c' });
const alarm = new cloudwatch.Alarm(producer, 'Alarm', {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName: 'Henk' }),
  evaluationPeriods: 3,
  threshold: 100,
});
const repo = new ecr.Repository(producer, 'Repo');
const profilingGroup = new codeguru.ProfilingGroup(producer, 'ProfilingGroup');
const key = new kms.Key(producer, 'Key');
const alias = new kms.Alias(producer, 'Alias', { aliasName: 'alias/a', targetKey: key });
const logGroup = new logs.LogGroup(producer, 'LogGroup');
const logStream = new logs.LogStream(producer, 'LogStream', { logGroup });
const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const reads = [
  () => logStream.logStreamName,
  () => alias.aliasName,
  () => profilingGroup.profilingGroupArn,
  () => repo.repositoryName,
  () => alarm.alarmName,
  () => streamConsumer.streamConsumerArn,
  () => stream.streamName,
  () => group.groupArn,
  () => user.userName,
  () => policy.managedPolicyName,
  () => table.tableStreamArn,
  () => table.tableName,
  () => user.userArn,
  () => policy.managedPolicyArn,
  () => alias.aliasArn,
  () => table.tableArn,
  () => group.groupName,
  () => streamConsumer.streamConsumerName,
  () => alarm.alarmArn,
  () => repo.repositoryArn,
  () => profilingGroup.profilingGroupName,
];
for (const read of reads) {
  role.addToPolicy(new iam.PolicyStatement({ actions: ['ec2:DescribeTags'], resources: [read()] }));
}
app.synth();
