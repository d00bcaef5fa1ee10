// Conformance case 'error-cloudwatch-widget-too-wide': a widget wider than the 24-unit grid throws (widget.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.Dashboard(stack, 'Dash').addWidgets(new cw.TextWidget({ markdown: 'wide', width: 25 }));
app.synth();
