// Conformance case 'error-cloudwatch-graph-id-conflict': a graph whose left and right math
// expressions use the id m1 for two different metrics. Ported from aws-cdk:
// aws-cloudwatch/test/metric-math.test.ts, 'detect name conflicts between left and right axes'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const a = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' });
const b = new cloudwatch.Metric({ namespace: 'Test', metricName: 'BCount', statistic: 'Average' });
new cloudwatch.Dashboard(stack, 'Dash').addWidgets(new cloudwatch.GraphWidget({
  left: [new cloudwatch.MathExpression({ expression: 'm1 + 1', usingMetrics: { m1: a } })],
  right: [new cloudwatch.MathExpression({ expression: 'm1 + 1', usingMetrics: { m1: b } })],
}));
app.synth();
