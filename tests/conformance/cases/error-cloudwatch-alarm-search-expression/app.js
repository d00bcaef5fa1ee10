// Conformance case 'error-cloudwatch-alarm-search-expression': an Alarm on a SearchExpression throws
// (alarm.ts renderMetric's withSearchExpression).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const search = new cloudwatch.SearchExpression({ expression: "SEARCH('{AWS/Lambda,FunctionName} Errors', 'Sum')" });
new cloudwatch.Alarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1, metric: search });
app.synth();
