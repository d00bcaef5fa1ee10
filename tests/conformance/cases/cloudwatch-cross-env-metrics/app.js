// Conformance case 'cloudwatch-cross-env-metrics': Metric id / visible / account / region and
// attachTo, and MathExpression color / visible / searchAccount / searchRegion, in graph widgets of
// dashboards in three environments and in alarms (same account, another account, an
// environment-agnostic stack). Ported from aws-cdk: aws-cloudwatch/test/cross-environment.test.ts,
// graphs.test.ts ('add metrics with id', 'metric visibility').
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { region: 'pluto', account: '123456789012' } });
const stack2 = new cdk.Stack(app, 'Stack2', { env: { region: 'mars', account: '567856785678' } });
const stack3 = new cdk.Stack(app, 'Stack3', { env: { region: 'pluto', account: '000000000000' } });
const stack4 = new cdk.Stack(app, 'Stack4');

const a = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' });
const explicit = a.with({ account: '123456789012', region: 'us-north-5' });
const withId = new cloudwatch.Metric({ namespace: 'CDK', metricName: 'Test', id: 'myMetricId', visible: false, color: '#00ff00' });
const search = new cloudwatch.MathExpression({
  expression: "SEARCH('MetricName=\"ACount\"', 'Sum', 300)",
  usingMetrics: {},
  label: 'Test label',
  searchAccount: '567856785678',
  searchRegion: 'mars',
});
const sameEnvSearch = new cloudwatch.MathExpression({
  expression: "SEARCH('MetricName=\"ACount\"', 'Sum', 300)",
  usingMetrics: {},
  searchAccount: '123456789012',
  searchRegion: 'pluto',
  color: '#ff0000',
});
const hidden = new cloudwatch.MathExpression({ expression: 'm1 * 2', usingMetrics: { m1: a }, visible: false });
const shown = hidden.with({ visible: true, color: '#123456' });

function graphs(stack) {
  const d = new cloudwatch.Dashboard(stack, 'Dash');
  d.addWidgets(new cloudwatch.GraphWidget({ left: [a.attachTo(stack1)] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [explicit], right: [a.with({ region: 'venus' })] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [a.attachTo(stack4)] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [search, sameEnvSearch] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [withId, withId.with({ visible: true, id: 'other' })] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [hidden, shown] }));
  d.addWidgets(new cloudwatch.SingleValueWidget({ metrics: [a.with({ account: '999', region: 'pluto' })] }));
}
graphs(stack1);
graphs(stack2);
graphs(stack3);
graphs(stack4);

new cloudwatch.Alarm(stack1, 'SameEnv', { threshold: 1, evaluationPeriods: 1, metric: a.attachTo(stack1) });
new cloudwatch.Alarm(stack1, 'OtherAccount', { threshold: 1, evaluationPeriods: 1, metric: a.attachTo(stack3) });
new cloudwatch.Alarm(stack1, 'GivenAccount', { threshold: 1, evaluationPeriods: 1, metric: a.with({ account: '000000000000' }) });
new cloudwatch.Alarm(stack1, 'Labelled', { threshold: 1, evaluationPeriods: 1, metric: a.with({ label: 'my-label', account: '123456789012' }) });
new cloudwatch.Alarm(stack1, 'Math', {
  threshold: 1, evaluationPeriods: 1,
  metric: new cloudwatch.MathExpression({
    expression: 'a + b',
    usingMetrics: { a: a.attachTo(stack3), b: a.with({ account: '567856785678', id: 'ignored' }) },
    period: cdk.Duration.minutes(1),
  }),
});
new cloudwatch.Alarm(stack1, 'MathSame', {
  threshold: 1, evaluationPeriods: 1,
  metric: new cloudwatch.MathExpression({
    expression: 'a + b',
    usingMetrics: { a: a.attachTo(stack1), b: new cloudwatch.Metric({ namespace: 'Test', metricName: 'B', account: '123456789012' }) },
    period: cdk.Duration.minutes(1),
  }),
});
new cloudwatch.Alarm(stack4, 'Agnostic', { threshold: 1, evaluationPeriods: 1, metric: a });
new cloudwatch.Alarm(stack4, 'AgnosticGiven', { threshold: 1, evaluationPeriods: 1, metric: a.with({ account: '123456789' }) });
new cloudwatch.Alarm(stack4, 'AgnosticAttached', { threshold: 1, evaluationPeriods: 1, metric: a.attachTo(stack4) });
new cloudwatch.Alarm(stack4, 'AgnosticToken', { threshold: 1, evaluationPeriods: 1, metric: a.with({ account: cdk.Aws.ACCOUNT_ID }) });
new cloudwatch.Alarm(stack4, 'AgnosticRegion', { threshold: 1, evaluationPeriods: 1, metric: a.with({ region: 'mars' }) });
app.synth();
