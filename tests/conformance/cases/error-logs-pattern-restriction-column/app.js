// Conformance case 'error-logs-pattern-restriction-column': whereString on a column the pattern does not have
// Ported from aws-cdk: aws-logs/test/pattern.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');
const { FilterPattern } = logs;
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new logs.LogGroup(stack, 'Group');
group.addMetricFilter('Filter', { filterPattern: FilterPattern.spaceDelimited('...', 'status_code').whereString('bytes', '=', '1'), metricNamespace: 'Test', metricName: 'Count' });
app.synth();
