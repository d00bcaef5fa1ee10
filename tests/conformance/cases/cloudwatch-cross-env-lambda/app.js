// Conformance case 'cloudwatch-cross-env-lambda': a named function's metrics (attached to its stack by
// function.metric) graphed on a dashboard of another account and region (accountId/region rendered)
// and of its own (left out), alarmed in another account of the same region (AccountId) and in its
// own stack, and metric options account/region/id/visible passed through function.metricDuration.
// Ported from aws-cdk: aws-cloudwatch/test/cross-environment.test.ts with aws-lambda's metric().
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const fnStack = new cdk.Stack(app, 'FunctionStack', { env: { account: '111111111111', region: 'us-east-1' } });
const monitoring = new cdk.Stack(app, 'MonitoringStack', { env: { account: '222222222222', region: 'eu-west-1' } });
const alarms = new cdk.Stack(app, 'AlarmStack', { env: { account: '222222222222', region: 'us-east-1' } });

const fn = new lambda.Function(fnStack, 'MyFunction', {
  functionName: 'my-function',
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});

const dashboards = [monitoring, fnStack].map((s) => new cloudwatch.Dashboard(s, 'Dash'));
for (const d of dashboards) {
  d.addWidgets(new cloudwatch.GraphWidget({
    left: [fn.metricErrors(), fn.metricInvocations({ label: 'calls' })],
    right: [fn.metricDuration({ account: '333333333333', region: 'ap-south-1', id: 'dur', visible: false })],
  }));
  d.addWidgets(new cloudwatch.SingleValueWidget({ metrics: [fn.metricThrottles()] }));
}

fn.metricErrors().createAlarm(alarms, 'CrossAccountErrors', { threshold: 1, evaluationPeriods: 1 });
fn.metricErrors().createAlarm(fnStack, 'LocalErrors', { threshold: 1, evaluationPeriods: 1 });
new cloudwatch.Alarm(alarms, 'CrossAccountMath', {
  threshold: 1,
  evaluationPeriods: 1,
  metric: new cloudwatch.MathExpression({
    expression: 'e / i',
    usingMetrics: { e: fn.metricErrors(), i: fn.metricInvocations() },
  }),
});
app.synth();
