// Conformance case 'cloudwatch-dashboard-lambda': a Lambda function's dashboard -- a GraphWidget of
// its errors (left) and invocations (right) with horizontal annotations, a y-axis, a legend,
// stacking and a period; addLeftMetric/addRightMetric; a SingleValueWidget; a TextWidget; an
// AlarmWidget of an alarm on the errors; alarm.toAnnotation; Row, Column and Spacer; addWidgets
// rows that wrap past 24 units; dashboardName, start/end and periodOverride.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const errors = fn.metricErrors();
const alarm = errors.createAlarm(stack, 'Errors', { threshold: 5, evaluationPeriods: 1 });

const dashboard = new cloudwatch.Dashboard(stack, 'Dash', {
  dashboardName: 'my-function',
  start: '-P7D',
  end: '-P1D',
  periodOverride: cloudwatch.PeriodOverride.AUTO,
});
const graph = new cloudwatch.GraphWidget({
  title: 'Errors and invocations',
  left: [errors],
  right: [fn.metricInvocations({ label: 'Calls', color: cloudwatch.Color.GREEN })],
  leftAnnotations: [{ value: 5, label: 'too many', color: cloudwatch.Color.RED, fill: cloudwatch.Shading.ABOVE }, alarm.toAnnotation()],
  rightAnnotations: [{ value: 1000 }],
  leftYAxis: { min: 0, label: 'errors', showUnits: false },
  legendPosition: cloudwatch.LegendPosition.RIGHT,
  stacked: true,
  period: cdk.Duration.minutes(1),
  statistic: 'Sum',
  width: 12,
});
graph.addLeftMetric(fn.metricThrottles());
graph.addRightMetric(fn.metricDuration({ statistic: 'p99', period: cdk.Duration.minutes(1) }));
dashboard.addWidgets(
  new cloudwatch.TextWidget({ markdown: '# Function "my-function"\nerrors & calls', width: 24, height: 1 }),
);
dashboard.addWidgets(
  graph,
  new cloudwatch.SingleValueWidget({ title: 'Now', metrics: [errors, fn.metricInvocations()], sparkline: true }),
  new cloudwatch.AlarmWidget({ title: 'Errors alarm', alarm, leftYAxis: { max: 10 } }),
  new cloudwatch.TextWidget({ markdown: 'wraps', background: cloudwatch.TextWidgetBackground.SOLID }),
);
dashboard.addWidgets(
  new cloudwatch.Column(
    new cloudwatch.TextWidget({ markdown: 'a', width: 4 }),
    new cloudwatch.Spacer({ height: 2 }),
    new cloudwatch.TextWidget({ markdown: 'b', width: 3, height: 4 }),
  ),
  new cloudwatch.Spacer({ width: 2 }),
  new cloudwatch.Row(
    new cloudwatch.GraphWidget({ left: [fn.metricDuration()], view: cloudwatch.GraphWidgetView.BAR, height: 4 }),
    new cloudwatch.GraphWidget({ left: [fn.metricErrors()], view: cloudwatch.GraphWidgetView.PIE, width: 12 }),
  ),
);
new cdk.CfnOutput(stack, 'Name', { value: dashboard.dashboardName });
new cdk.CfnOutput(stack, 'Arn', { value: dashboard.dashboardArn });

app.synth();
