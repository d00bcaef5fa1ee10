// Conformance case 'error-cloudwatch-graph-vertical-annotation-date': a vertical annotation date that is not ISO 8601 throws. Ported from
// aws-cdk: aws-cloudwatch/test/graphs.test.ts, 'vertical annotation date must match ISO 8601'.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.GraphWidget({ left: [metric], verticalAnnotations: [{ date: '2021-07-29T02:31:09.890ZZ', label: 'x' }] });
app.synth();
