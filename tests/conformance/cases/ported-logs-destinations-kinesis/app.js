// Conformance case 'ported-logs-destinations-kinesis': aws-logs-destinations' kinesis.test.ts ported
// literally, a stack per test: the first in `new cdk.Stack()` as written ('Default'), the others
// named after their test since one app holds one Default stack. A KinesisDestination's role
// (CloudWatchLogsCanPutRecords under the filter: grantWrite on the stream, iam:PassRole on itself,
// the filter depending on its DefaultPolicy), two filters to one stream, an imported role given.
// Ported from aws-cdk: aws-logs-destinations/test/kinesis.test.ts 'stream can be subscription
// destination', 'stream can be subscription destination twice, without duplicating permissions',
// 'an existing IAM role can be passed to new destination instance instead of auto-created ',
// 'creates a new IAM Role if not passed on new destination instance'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const logs = require('aws-cdk-lib/aws-logs');
const dests = require('aws-cdk-lib/aws-logs-destinations');

const app = new cdk.App();

// 'stream can be subscription destination'
{
  const stack = new cdk.Stack(app);
  const stream = new kinesis.Stream(stack, 'MyStream');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup,
    destination: new dests.KinesisDestination(stream),
    filterPattern: logs.FilterPattern.allEvents(),
  });
}
// 'stream can be subscription destination twice, without duplicating permissions'
{
  const stack = new cdk.Stack(app, 'Twice');
  const stream = new kinesis.Stream(stack, 'MyStream');
  const logGroup1 = new logs.LogGroup(stack, 'LogGroup');
  const logGroup2 = new logs.LogGroup(stack, 'LogGroup2');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup: logGroup1,
    destination: new dests.KinesisDestination(stream),
    filterPattern: logs.FilterPattern.allEvents(),
  });
  new logs.SubscriptionFilter(stack, 'Subscription2', {
    logGroup: logGroup2,
    destination: new dests.KinesisDestination(stream),
    filterPattern: logs.FilterPattern.allEvents(),
  });
}
// 'an existing IAM role can be passed to new destination instance instead of auto-created '
{
  const stack = new cdk.Stack(app, 'ExistingRole');
  const stream = new kinesis.Stream(stack, 'MyStream');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const importedRole = iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/ImportedRoleKinesisDestinationTest');
  const kinesisDestination = new dests.KinesisDestination(stream, { role: importedRole });
  new logs.SubscriptionFilter(logGroup, 'MySubscriptionFilter', {
    logGroup: logGroup,
    destination: kinesisDestination,
    filterPattern: logs.FilterPattern.allEvents(),
  });
}
// 'creates a new IAM Role if not passed on new destination instance'
{
  const stack = new cdk.Stack(app, 'NewRole');
  const stream = new kinesis.Stream(stack, 'MyStream');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const kinesisDestination = new dests.KinesisDestination(stream);
  new logs.SubscriptionFilter(logGroup, 'MySubscriptionFilter', {
    logGroup: logGroup,
    destination: kinesisDestination,
    filterPattern: logs.FilterPattern.allEvents(),
  });
}
app.synth();
