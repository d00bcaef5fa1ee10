// Conformance case 'cloudwatch-search-expression': SearchExpression in graph, single-value, gauge and
// table widgets: minimal (its label the expression), every option, with(), a search of the
// dashboard's own environment (accountId/region left out), one used by a MathExpression (hidden,
// with its id), the same search twice (listed once). Ported from aws-cdk:
// aws-cloudwatch/test/search-expression.test.ts, graphs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-west-2' } });
const agnostic = new cdk.Stack(app, 'Agnostic');

const minimal = new cloudwatch.SearchExpression({ expression: "SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average', 300)" });
const full = new cloudwatch.SearchExpression({
  expression: "SEARCH('{AWS/Lambda,FunctionName} Duration', 'Average', 300)",
  label: 'Lambda Duration',
  color: '#1f77b4',
  period: cdk.Duration.minutes(10),
  searchAccount: '123456789012',
  searchRegion: 'us-west-2',
});
const changed = full.with({ label: 'New Label', color: '#00ff00', period: cdk.Duration.minutes(1), searchAccount: '210987654321', searchRegion: 'eu-west-1' });
const hidden = minimal.with({ visible: false, label: 'hidden' });
const math = new cloudwatch.MathExpression({ expression: 'AVG(s)', usingMetrics: { s: minimal }, period: cdk.Duration.minutes(1) });
const emptyLabel = new cloudwatch.SearchExpression({ expression: "SEARCH('{AWS/SQS,QueueName} NumberOfMessagesSent', 'Sum')", label: '' });

for (const s of [stack, agnostic]) {
  const d = new cloudwatch.Dashboard(s, 'Dash');
  d.addWidgets(new cloudwatch.GraphWidget({ title: 'search', left: [minimal, full], right: [changed, hidden] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [math, minimal, minimal] }));
  d.addWidgets(new cloudwatch.GraphWidget({ left: [emptyLabel] }));
  d.addWidgets(new cloudwatch.SingleValueWidget({ metrics: [full] }));
  d.addWidgets(new cloudwatch.GaugeWidget({ metrics: [changed] }));
  d.addWidgets(new cloudwatch.TableWidget({ metrics: [minimal, changed] }));
}
app.synth();
