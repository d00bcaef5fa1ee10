// Conformance case 'error-cloudwatch-dashboard-name': a dashboardName with spaces is aws-cdk-lib's
// ValidationError on the dashboard. Ported from aws-cdk: aws-cloudwatch/test/dashboard.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new cloudwatch.Dashboard(stack, 'MyDashboard', { dashboardName: 'My Invalid Dashboard Name' });
app.synth();
