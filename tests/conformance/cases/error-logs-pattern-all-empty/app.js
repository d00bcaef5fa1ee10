// Conformance case 'error-logs-pattern-all-empty': FilterPattern.all() of no pattern
// Ported from aws-cdk: aws-logs/test/pattern.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');
const { FilterPattern } = logs;
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new logs.LogGroup(stack, 'Group');
group.addMetricFilter('Filter', { filterPattern: FilterPattern.all(), metricNamespace: 'Test', metricName: 'Count' });
app.synth();
