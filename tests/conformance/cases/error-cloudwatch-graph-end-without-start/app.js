// Conformance case 'error-cloudwatch-graph-end-without-start': a GraphWidget with an end and no start throws. Ported from aws-cdk:
// aws-cloudwatch/test/graphs.test.ts, 'cannot specify an end without a start in GraphWidget'.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.GraphWidget({ left: [metric], view: cw.GraphWidgetView.PIE, end: '2018-12-17T06:00:00.000Z' });
app.synth();
