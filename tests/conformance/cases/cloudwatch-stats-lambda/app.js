// Conformance case 'cloudwatch-stats-lambda': the Stats helpers on a Lambda function's duration --
// percentile (p), trimmedMean / winsorizedMean / trimmedCount / trimmedSum with one and two
// bounds, percentileRank with one and two values, the constants -- in alarms (Statistic or
// ExtendedStatistic) and in a graph widget of a dashboard (each metric's stat).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const stats = [
  ['P99', cw.Stats.percentile(99)],
  ['P999', cw.Stats.p(99.9)],
  ['Tm', cw.Stats.trimmedMean(90)],
  ['TmRange', cw.Stats.tm(10, 90)],
  ['Wm', cw.Stats.winsorizedMean(95)],
  ['WmRange', cw.Stats.wm(5, 95)],
  ['Tc', cw.Stats.trimmedCount(99)],
  ['TcRange', cw.Stats.tc(1, 99)],
  ['Ts', cw.Stats.trimmedSum(50)],
  ['TsRange', cw.Stats.ts(0, 50.5)],
  ['Pr', cw.Stats.percentileRank(300)],
  ['PrRange', cw.Stats.pr(100, 2000)],
  ['Iqm', cw.Stats.IQM],
  ['Max', cw.Stats.MAXIMUM],
  ['Count', cw.Stats.SAMPLE_COUNT],
];
const metrics = [];
for (const [id, statistic] of stats) {
  const m = fn.metricDuration({ statistic });
  metrics.push(m);
  m.createAlarm(stack, id, { threshold: 100, evaluationPeriods: 1 });
}
new cw.Dashboard(stack, 'Dash').addWidgets(new cw.GraphWidget({ left: metrics, width: 24 }));

app.synth();
