// Conformance case 'error-cloudwatch-alarm-region-mismatch': an Alarm in region 'mars' on a metric
// attached to a stack in 'pluto' throws (cross-region metrics are for dashboards only).
// Ported from aws-cdk: aws-cloudwatch/test/cross-environment.test.ts, 'metric attached to stack1 will throw in stack2'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { region: 'pluto', account: '123456789012' } });
const stack2 = new cdk.Stack(app, 'TestStack', { env: { region: 'mars', account: '567856785678' } });
const a = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' });
new cloudwatch.Alarm(stack2, 'Alarm', { threshold: 1, evaluationPeriods: 1, metric: a.attachTo(stack1) });
app.synth();
