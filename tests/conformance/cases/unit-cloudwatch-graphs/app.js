// Conformance case 'unit-cloudwatch-graphs': aws-cloudwatch's graph widget tests, seen in a
// dashboard (each test's widget a row of its own): stacked; metrics on both axes, in the props and
// added later; label and color; bar view; single-value widgets (plain, setPeriodToTimeRange,
// sparkline, fullPrecision, period, start/end); log query widgets (table, bar, pie, line,
// stackedarea, a query string); an alarm widget; horizontal and vertical annotations; an alarm as
// an annotation; y axes; liveData; an imported alarm's widget; Color constants; legend position;
// pie labels; stat and period; gauge widgets (plain, start/end, annotations); table widgets
// (plain, metrics added later, most fields, thresholds, start/end); a math expression in a graph
// (its using metrics hidden, with their ids) and the same metric twice (listed once). Annotation and
// axis objects list their keys in the interfaces' order, the order ccdk's structs render them in
// (the tests' own orders differ; CloudWatch does not care).
// Ported from aws-cdk: aws-cloudwatch/test/graphs.test.ts (and metric-math.test.ts's graphs).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dashboard = new cw.Dashboard(stack, 'Dash');
const add = (w) => dashboard.addWidgets(w);
const test = () => new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
const tast = () => new cw.Metric({ namespace: 'CDK', metricName: 'Tast' });
const lines = ['fields @message', 'filter @message like /Error/'];

add(new cw.GraphWidget({ title: 'Test widget', stacked: true }));
add(new cw.GraphWidget({ title: 'My fancy graph', left: [test()], right: [tast()] }));
{
  const w = new cw.GraphWidget({ title: 'My fancy graph' });
  w.addLeftMetric(test());
  w.addRightMetric(tast());
  add(w);
}
add(new cw.GraphWidget({ left: [new cw.Metric({ namespace: 'CDK', metricName: 'Test', label: 'MyMetric', color: '000000' })] }));
add(new cw.GraphWidget({ title: 'Test widget', view: cw.GraphWidgetView.BAR }));
add(new cw.SingleValueWidget({ metrics: [test()] }));
add(new cw.LogQueryWidget({ logGroupNames: ['my-log-group'], queryLines: lines }));
add(new cw.LogQueryWidget({ logGroupNames: ['my-log-group'], view: cw.LogQueryVisualizationType.BAR, queryLines: lines }));
add(new cw.LogQueryWidget({ logGroupNames: ['my-log-group'], view: cw.LogQueryVisualizationType.PIE, queryLines: lines }));
add(new cw.LogQueryWidget({ logGroupNames: ['my-log-group'], view: cw.LogQueryVisualizationType.LINE, queryLines: lines }));
add(new cw.LogQueryWidget({ logGroupNames: ['my-log-group'], view: cw.LogQueryVisualizationType.STACKEDAREA, queryLines: lines }));
add(new cw.LogQueryWidget({
  title: 'two groups', logGroupNames: ['a', 'b'], queryString: 'stats count(*)', view: cw.LogQueryVisualizationType.TABLE,
  width: 12, height: 4, region: 'us-west-2', accountId: '123456789012',
}));
add(new cw.AlarmWidget({ alarm: test().createAlarm(stack, 'Alarm', { evaluationPeriods: 2, threshold: 1000 }) }));
add(new cw.GraphWidget({
  title: 'My fancy graph', left: [test()],
  leftAnnotations: [{ value: 1000, label: 'this is the annotation', color: '667788', fill: cw.Shading.BELOW }],
}));
add(new cw.GraphWidget({
  title: 'My fancy graph', left: [test()],
  verticalAnnotations: [{ date: '2021-07-29T02:31:09.890Z', label: 'this is the annotation', color: '667788', fill: cw.VerticalShading.AFTER }],
}));
{
  const metric = test();
  const alarm = metric.createAlarm(stack, 'Alarm2', { evaluationPeriods: 7, datapointsToAlarm: 2, threshold: 1000 });
  add(new cw.GraphWidget({ right: [metric], rightAnnotations: [alarm.toAnnotation()] }));
}
add(new cw.GraphWidget({
  title: 'My fancy graph', left: [test()], right: [tast()],
  leftYAxis: { max: 100, label: 'Left yAxis' },
  rightYAxis: { min: 10, label: 'Right yAxis', showUnits: false },
}));
add(new cw.GraphWidget({ title: 'My live graph', left: [test()], liveData: true }));
add(new cw.AlarmWidget({ title: 'My fancy graph', alarm: cw.Alarm.fromAlarmArn(stack, 'Imported', 'arn:aws:cloudwatch:region:account-id:alarm:alarm-name') }));
add(new cw.SingleValueWidget({ metrics: [test()], setPeriodToTimeRange: true }));
add(new cw.SingleValueWidget({ metrics: [test()], sparkline: true }));
add(new cw.SingleValueWidget({ metrics: [test()], fullPrecision: true }));
add(new cw.SingleValueWidget({ metrics: [test()], period: cdk.Duration.days(2) }));
add(new cw.GraphWidget({ left: [test().with({ color: cw.Color.BLUE })], leftAnnotations: [{ value: 100, color: cw.Color.RED }] }));
add(new cw.GraphWidget({ left: [test()], legendPosition: cw.LegendPosition.RIGHT }));
add(new cw.GraphWidget({ left: [test()], view: cw.GraphWidgetView.PIE, displayLabelsOnChart: true }));
add(new cw.GraphWidget({ left: [test()], view: cw.GraphWidgetView.PIE, setPeriodToTimeRange: true }));
add(new cw.GaugeWidget({ metrics: [test()] }));
add(new cw.GraphWidget({ left: [test()], statistic: 'Average', period: cdk.Duration.days(2) }));
add(new cw.GraphWidget({ left: [test()], view: cw.GraphWidgetView.PIE, start: '-P7D', end: '2018-12-17T06:00:00.000Z' }));
add(new cw.SingleValueWidget({ metrics: [test()], start: '-P7D', end: '2018-12-17T06:00:00.000Z' }));
add(new cw.GaugeWidget({ metrics: [test()], start: '-P7D', end: '2018-12-17T06:00:00.000Z' }));
add(new cw.GaugeWidget({ metrics: [test()], annotations: [{ value: 1, label: 'Up', color: '#b2df8d', fill: cw.Shading.ABOVE }] }));
add(new cw.TableWidget({ metrics: [test()] }));
{
  const w = new cw.TableWidget({});
  w.addMetric(test());
  add(w);
}
add(new cw.TableWidget({
  metrics: [test()], layout: cw.TableLayout.VERTICAL, showUnitsInLabel: true, liveData: true, fullPrecision: true,
  summary: { columns: [cw.TableSummaryColumn.AVERAGE], hideNonSummaryColumns: true, sticky: true },
}));
add(new cw.TableWidget({
  metrics: [test()],
  thresholds: [cw.TableThreshold.above(1000, cw.Color.RED), cw.TableThreshold.between(500, 1000, cw.Color.ORANGE), cw.TableThreshold.below(500, cw.Color.GREEN)],
}));
add(new cw.TableWidget({ metrics: [test()], start: '-P7D', end: '2018-12-17T06:00:00.000Z' }));
{
  const a = test(), b = tast();
  add(new cw.GraphWidget({
    left: [new cw.MathExpression({ expression: 'a + b', usingMetrics: { a, b } }), a],
    right: [new cw.MathExpression({ expression: 'c * 2', label: 'double', usingMetrics: { c: a }, period: cdk.Duration.minutes(10) })],
  }));
}

app.synth();
