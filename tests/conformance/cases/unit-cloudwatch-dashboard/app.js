// Conformance case 'unit-cloudwatch-dashboard': cloudwatch.Dashboard as aws-cloudwatch's dashboard
// tests use it, a stack per test: rows added apart are laid out underneath each other, widgets of
// one add next to each other; tokens in widgets; start / end / periodOverride; defaultInterval;
// dashboardName given and not; the ARN of a stack with a region (eu-west-1: the test's
// 'invalid-region' meets ccdk's partition of unknown regions, a core gap); a math expression's warning on
// the dashboard (props.widgets); a dashboard of text only (a body without tokens).
// Ported from aws-cdk: aws-cloudwatch/test/dashboard.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
{
  const dashboard = new cloudwatch.Dashboard(new cdk.Stack(app, 'Underneath'), 'Dash');
  dashboard.addWidgets(new cloudwatch.TextWidget({ width: 10, height: 2, markdown: 'first', background: cloudwatch.TextWidgetBackground.SOLID }));
  dashboard.addWidgets(new cloudwatch.TextWidget({ width: 1, height: 4, markdown: 'second', background: cloudwatch.TextWidgetBackground.TRANSPARENT }));
  dashboard.addWidgets(new cloudwatch.TextWidget({ width: 4, height: 1, markdown: 'third' }));
}
{
  const dashboard = new cloudwatch.Dashboard(new cdk.Stack(app, 'NextToEachOther'), 'Dash');
  dashboard.addWidgets(
    new cloudwatch.TextWidget({ width: 10, height: 2, markdown: 'first' }),
    new cloudwatch.TextWidget({ width: 1, height: 4, markdown: 'second' }),
    new cloudwatch.TextWidget({ width: 4, height: 1, markdown: 'third' }),
  );
}
{
  const dashboard = new cloudwatch.Dashboard(new cdk.Stack(app, 'Tokens'), 'Dash');
  dashboard.addWidgets(new cloudwatch.GraphWidget({ width: 1, height: 1 }));
}
{
  const dashboard = new cloudwatch.Dashboard(new cdk.Stack(app, 'NonWidgetFields'), 'Dash', {
    start: '-9H', end: '2018-12-17T06:00:00.000Z', periodOverride: cloudwatch.PeriodOverride.INHERIT,
  });
  dashboard.addWidgets(new cloudwatch.GraphWidget({ width: 1, height: 1 }));
}
{
  const dashboard = new cloudwatch.Dashboard(new cdk.Stack(app, 'DefaultInterval'), 'Dash', { defaultInterval: cdk.Duration.days(7) });
  dashboard.addWidgets(new cloudwatch.GraphWidget({ width: 1, height: 1 }));
  const d2 = new cloudwatch.Dashboard(dashboard.stack, 'Dash2', { defaultInterval: cdk.Duration.minutes(90) });
  d2.addWidgets(new cloudwatch.TextWidget({ markdown: 'x' }));
}
new cloudwatch.Dashboard(new cdk.Stack(app, 'MyStack'), 'MyDashboard', { dashboardName: 'MyCustomDashboardName' });
new cloudwatch.Dashboard(new cdk.Stack(app, 'NoName'), 'MyDashboard');
{
  const stack = new cdk.Stack(app, 'WithRegion', { env: { region: 'eu-west-1' } });
  const dashboard = new cloudwatch.Dashboard(stack, 'MyStack');
  new cdk.CfnOutput(stack, 'Arn', { value: dashboard.dashboardArn });
}
{
  const stack = new cdk.Stack(app, 'Warnings');
  const m = new cloudwatch.MathExpression({ expression: 'oops' });
  new cloudwatch.Dashboard(stack, 'MyDashboard', {
    widgets: [
      [new cloudwatch.GraphWidget({ left: [m] }), new cloudwatch.TextWidget({ markdown: 'asdf' })],
    ],
  });
}

app.synth();
