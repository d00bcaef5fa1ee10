// Conformance case 'unit-logs-stream-subscription': the aws-logs tests of LogStream and
// SubscriptionFilter, and loggroup.test.ts's log group class tests not in logs-log-group-tests, a stack
// per test: a LogStream, a SubscriptionFilter (with and without a custom name) to a destination of
// one's own, the default log group class (no LogGroupClass), and a log group class in a region
// (us-isob-east-1) that the class was once not supported in.
// Ported from aws-cdk: aws-logs/test/logstream.test.ts, aws-logs/test/subscriptionfilter.test.ts,
// aws-logs/test/loggroup.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
// FakeDestination: binds to { arn: 'arn:bogus' }
const fakeDestination = { bind: () => ({ arn: 'arn:bogus' }) };
{
  const stack = new cdk.Stack(app, 'SimpleInstantiation');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const stream = new logs.LogStream(stack, 'Stream', { logGroup });
  new cdk.CfnOutput(stack, 'StreamName', { value: stream.logStreamName });
}
{
  const stack = new cdk.Stack(app, 'TrivialInstantiation');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup,
    destination: fakeDestination,
    filterPattern: logs.FilterPattern.literal('some pattern'),
  });
}
{
  const stack = new cdk.Stack(app, 'SpecifyingCustomName');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup,
    destination: fakeDestination,
    filterPattern: logs.FilterPattern.literal('some pattern'),
    filterName: 'CustomSubscriptionFilterName',
  });
}
new logs.LogGroup(new cdk.Stack(app, 'DefaultLogGroupClass'), 'LogGroup');
new logs.LogGroup(new cdk.Stack(app, 'TestStack', { env: { region: 'us-isob-east-1' } }), 'LogGroup', {
  logGroupClass: logs.LogGroupClass.STANDARD,
});

app.synth();
