// Conformance case 'unit-logs-log-group-corners': logs.LogGroup corners next to loggroup.test.ts, a
// stack per test: an import's grants to a service principal and its addToResourcePolicy (an
// import's resource policy too), grant of custom actions, grantRead to a service principal and to
// an account, the INFREQUENT_ACCESS class with ONE_DAY retention and deletion protection off, streams
// (named, DESTROY; one without a name), a MetricFilter of default value and metric value, and a
// LogStream / MetricFilter / SubscriptionFilter of a group imported by ARN.
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts, logstream.test.ts, metricfilter.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'ImportGrants');
  const byName = logs.LogGroup.fromLogGroupName(stack, 'ByName', 'my-log-group');
  byName.grantWrite(new iam.ServicePrincipal('es.amazonaws.com'));
  const byArn = logs.LogGroup.fromLogGroupArn(stack, 'ByArn', 'arn:aws:logs:us-west-1:123456789012:log-group:other');
  byArn.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['logs:PutLogEvents'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:role/r1')],
    resources: ['*'],
  }));
}
{
  const stack = new cdk.Stack(app, 'Grants');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  const user = new iam.User(stack, 'User');
  lg.grant(user, 'logs:DescribeLogStreams', 'logs:GetLogEvents');
  lg.grantRead(new iam.ServicePrincipal('delivery.logs.amazonaws.com'));
  lg.grantWrite(new iam.AccountPrincipal('111122223333'));
}
{
  const stack = new cdk.Stack(app, 'ClassAndStreams');
  const lg = new logs.LogGroup(stack, 'LogGroup', {
    logGroupClass: logs.LogGroupClass.INFREQUENT_ACCESS,
    retention: logs.RetentionDays.ONE_DAY,
    deletionProtectionEnabled: false,
    logGroupName: 'ia-group',
  });
  lg.addStream('Named', { logStreamName: 's1', removalPolicy: cdk.RemovalPolicy.DESTROY });
  new logs.LogStream(stack, 'Unnamed', { logGroup: lg });
  lg.addMetricFilter('Count', {
    filterPattern: logs.FilterPattern.allTerms('ERROR'),
    metricNamespace: 'App',
    metricName: 'Errors',
  });
  lg.addMetricFilter('Value', {
    filterPattern: logs.FilterPattern.literal('{ $.x = 1 }'),
    metricNamespace: 'App',
    metricName: 'X',
    metricValue: '$.x',
    defaultValue: 2.5,
  });
}
{
  const stack = new cdk.Stack(app, 'ImportedChildren');
  const lg = logs.LogGroup.fromLogGroupArn(stack, 'Imported', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/x:*');
  lg.addStream('Stream');
  lg.addMetricFilter('Filter', { filterPattern: logs.FilterPattern.allEvents(), metricNamespace: 'N', metricName: 'M' });
  const m = lg.extractMetric('$.latency', 'N', 'Latency');
  new cdk.CfnOutput(stack, 'Name', { value: lg.logGroupName });
  new cdk.CfnOutput(stack, 'Arn', { value: lg.logGroupArn });
  new cdk.CfnOutput(stack, 'Metric', { value: `${m.namespace} ${m.metricName} ${m.statistic}` });
}
app.synth();
