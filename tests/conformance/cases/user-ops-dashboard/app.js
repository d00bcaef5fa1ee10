// Conformance case 'user-ops-dashboard': an operations dashboard as a CDK user writes it: three
// functions (the checkout one published behind a `live` alias), a dashboard of graph widgets on
// their errors, p99 duration (a statistic string) and throttles, a single-value widget of the
// day's invocations and a text header; an alarm per critical function and a composite alarm over
// both (AlarmRule.anyOf) that pages an on-call topic.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const code = lambda.Code.fromAsset('handlers');
const checkout = new lambda.Function(stack, 'Checkout', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.checkout',
  code,
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
});
const live = new lambda.Alias(stack, 'CheckoutLive', {
  aliasName: 'live',
  version: checkout.currentVersion,
});
const search = new lambda.Function(stack, 'Search', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.search',
  code,
});
const nightly = new lambda.Function(stack, 'Nightly', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.nightly',
  code,
  timeout: cdk.Duration.minutes(5),
});

const fiveMinutes = cdk.Duration.minutes(5);
const dashboard = new cloudwatch.Dashboard(stack, 'OpsDashboard', {
  dashboardName: 'shop-operations',
  defaultInterval: cdk.Duration.hours(6),
});
dashboard.addWidgets(new cloudwatch.TextWidget({
  markdown: '# Shop operations\nCheckout, search and the nightly job.',
  width: 24,
  height: 2,
}));
const errorsGraph = new cloudwatch.GraphWidget({
  title: 'Errors',
  left: [
    live.metricErrors({ period: fiveMinutes, label: 'checkout (live)' }),
    search.metricErrors({ period: fiveMinutes }),
    nightly.metricErrors({ period: fiveMinutes }),
  ],
  width: 8,
});
errorsGraph.addRightMetric(live.metricInvocations({ period: fiveMinutes, color: cloudwatch.Color.GREY }));
dashboard.addWidgets(
  errorsGraph,
  new cloudwatch.GraphWidget({
    title: 'Duration p99',
    left: [
      checkout.metricDuration({ statistic: 'p99', period: fiveMinutes }),
      search.metricDuration({ statistic: 'p99', period: fiveMinutes }),
    ],
    leftYAxis: { min: 0, label: 'ms', showUnits: false },
    width: 8,
  }),
  new cloudwatch.GraphWidget({
    title: 'Throttles',
    left: [checkout.metricThrottles(), search.metricThrottles()],
    stacked: true,
    width: 8,
  }),
);
dashboard.addWidgets(new cloudwatch.SingleValueWidget({
  title: 'Checkouts today',
  metrics: [live.metricInvocations({ period: cdk.Duration.days(1) })],
  width: 6,
}));

const onCall = new sns.Topic(stack, 'OnCall');
const checkoutErrors = live.metricErrors({ period: fiveMinutes }).createAlarm(stack, 'CheckoutErrors', {
  threshold: 5,
  evaluationPeriods: 2,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
const searchSlow = new cloudwatch.Alarm(stack, 'SearchSlow', {
  metric: search.metricDuration({ statistic: 'p99', period: fiveMinutes }),
  threshold: 2000,
  evaluationPeriods: 3,
});
const shopDown = new cloudwatch.CompositeAlarm(stack, 'ShopDegraded', {
  alarmDescription: 'checkout failing or search slow',
  alarmRule: cloudwatch.AlarmRule.anyOf(
    cloudwatch.AlarmRule.fromAlarm(checkoutErrors, cloudwatch.AlarmState.ALARM),
    cloudwatch.AlarmRule.fromAlarm(searchSlow, cloudwatch.AlarmState.ALARM),
  ),
});
shopDown.addAlarmAction(new actions.SnsAction(onCall));

dashboard.addWidgets(
  new cloudwatch.AlarmStatusWidget({
    title: 'Shop health',
    alarms: [shopDown, checkoutErrors, searchSlow],
    width: 12,
  }),
  new cloudwatch.AlarmWidget({ title: 'Search p99 alarm', alarm: searchSlow, width: 12 }),
);

new cdk.CfnOutput(stack, 'DashboardName', { value: dashboard.dashboardName });
app.synth();
