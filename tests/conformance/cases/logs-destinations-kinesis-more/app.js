// Conformance case 'logs-destinations-kinesis-more': logs_destinations.KinesisDestination beside
// kinesis.test.ts: a KMS stream (grantWrite on its key too) through logGroup.addSubscriptionFilter
// with distribution BY_LOG_STREAM; a role of one's own shared by two filters (one DefaultPolicy, both
// filters depending on it), with a dependency of its own that the binding deletes (aws-cdk-lib's
// addOverride('DependsOn', undefined) on the role); a role imported by ARN (no policy, no
// dependency); a Lambda destination beside it.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');
const dests = require('aws-cdk-lib/aws-logs-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const encrypted = new kinesis.Stream(stack, 'Encrypted', { encryption: kinesis.StreamEncryption.KMS });
const plain = new kinesis.Stream(stack, 'Plain');
const appLogs = new logs.LogGroup(stack, 'AppLogs');
appLogs.addSubscriptionFilter('ToEncrypted', {
  destination: new dests.KinesisDestination(encrypted),
  filterPattern: logs.FilterPattern.allTerms('ERROR'),
  distribution: logs.Distribution.BY_LOG_STREAM,
});
const role = new iam.Role(stack, 'LogsRole', { assumedBy: new iam.ServicePrincipal('logs.amazonaws.com') });
role.node.addDependency(new sqs.Queue(stack, 'Before'));
const shared = new dests.KinesisDestination(plain, { role });
const other = new logs.LogGroup(stack, 'Other');
new logs.SubscriptionFilter(stack, 'SharedOne', { logGroup: appLogs, destination: shared, filterPattern: logs.FilterPattern.allEvents() });
new logs.SubscriptionFilter(stack, 'SharedTwo', { logGroup: other, destination: shared, filterPattern: logs.FilterPattern.allEvents() });
const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/logs-to-kinesis');
other.addSubscriptionFilter('ToImported', {
  destination: new dests.KinesisDestination(plain, { role: imported }),
  filterPattern: logs.FilterPattern.allEvents(),
});
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
other.addSubscriptionFilter('ToLambda', {
  destination: new dests.LambdaDestination(fn),
  filterPattern: logs.FilterPattern.allEvents(),
});
app.synth();
