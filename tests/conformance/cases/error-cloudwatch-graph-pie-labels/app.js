// Conformance case 'error-cloudwatch-graph-pie-labels': displayLabelsOnChart on a bar graph throws. Ported from aws-cdk:
// aws-cloudwatch/test/graphs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.GraphWidget({ left: [metric], view: cw.GraphWidgetView.BAR, displayLabelsOnChart: true });
app.synth();
