// Conformance case 'unit-logs-destination-stream'
// Upstream: aws-logs/test/destination.test.ts ('simple destination', 'add policy to destination'), a stack
// per test; a generated destination name with a principal and a token in its policy, as a subscription
// filter's destination; and loggroup.test.ts / logstream.test.ts's LogStream.fromLogStreamAttributes.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const newRole = (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('logs.us-east-2.amazonaws.com') });
// 'simple destination'
{
  const stack = new cdk.Stack(app, 'SimpleDestination');
  new logs.CrossAccountDestination(stack, 'Dest', { destinationName: 'MyDestination', role: newRole(stack), targetArn: 'arn:bogus' });
}
// 'add policy to destination'
{
  const stack = new cdk.Stack(app, 'DestinationPolicy');
  const dest = new logs.CrossAccountDestination(stack, 'Dest', { destinationName: 'MyDestination', role: newRole(stack), targetArn: 'arn:bogus' });
  dest.addToPolicy(new iam.PolicyStatement({ actions: ['logs:TalkToMe'] }));
}
// a generated name, a policy with a principal and the destination's ARN, as a subscription destination
{
  const stack = new cdk.Stack(app, 'Subscribed');
  const role = newRole(stack);
  const dest = new logs.CrossAccountDestination(stack, 'Dest', { role, targetArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s' });
  dest.addToPolicy(new iam.PolicyStatement({
    actions: ['logs:PutSubscriptionFilter'],
    principals: [new iam.AccountPrincipal('234567890123')],
    resources: [dest.destinationArn],
  }));
  const group = new logs.LogGroup(stack, 'Group');
  new logs.SubscriptionFilter(stack, 'Filter', { logGroup: group, destination: dest, filterPattern: logs.FilterPattern.allEvents() });
  new cdk.CfnOutput(stack, 'DestName', { value: dest.destinationName });
  // LogStream.fromLogStreamAttributes / fromLogStreamName
  const imported = logs.LogStream.fromLogStreamAttributes(stack, 'Stream', { logStreamName: 'my-stream', logGroupName: 'my-group' });
  new cdk.CfnOutput(stack, 'StreamName', { value: imported.logStreamName });
  new cdk.CfnOutput(stack, 'StreamGroup', { value: imported.logStreamRef.logGroupName });
  const own = group.addStream('Own');
  new cdk.CfnOutput(stack, 'OwnGroup', { value: own.logStreamRef.logGroupName });
  logs.LogStream.fromLogStreamName(stack, 'ByName', 'other');
}
app.synth();
