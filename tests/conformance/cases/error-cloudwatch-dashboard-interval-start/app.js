// Conformance case 'error-cloudwatch-dashboard-interval-start': both defaultInterval and start throw on the dashboard (dashboard.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.Dashboard(stack, 'Dash', { start: '-P1D', defaultInterval: cdk.Duration.days(7) });
app.synth();
