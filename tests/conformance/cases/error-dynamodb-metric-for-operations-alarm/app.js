// error: an Alarm on metricThrottledRequestsForOperations() of all 14 operations (an alarm's math
// expression takes at most 10 metrics; aws-cloudwatch/lib/alarm.ts assertSubmetricsCount)
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
new cloudwatch.Alarm(stack, 'Alarm', { metric: table.metricThrottledRequestsForOperations(), threshold: 1, evaluationPeriods: 1 });
app.synth();
