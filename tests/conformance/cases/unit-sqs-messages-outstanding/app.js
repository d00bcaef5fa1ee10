// Conformance case 'unit-sqs-messages-outstanding'
// Queue.metricApproximateNumberOfMessagesOutstanding (a MathExpression) in alarms: defaults, options
// (label, period, statistic), an imported queue, and the expression and label as outputs
// (aws-sqs/lib/queue-base.ts; sqs.test.ts's metrics).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Queue');
const alarm = (id, metric) => new cloudwatch.Alarm(stack, id, { metric, threshold: 100, evaluationPeriods: 3 });
const outstanding = queue.metricApproximateNumberOfMessagesOutstanding();
alarm('Default', outstanding);
alarm('Options', queue.metricApproximateNumberOfMessagesOutstanding({ label: 'Backlog', period: cdk.Duration.minutes(1), statistic: 'avg' }));
alarm('ImportedAlarm', sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:imported')
  .metricApproximateNumberOfMessagesOutstanding({ period: cdk.Duration.minutes(10) }));
new cdk.CfnOutput(stack, 'Expression', { value: outstanding.expression });
new cdk.CfnOutput(stack, 'Label', { value: outstanding.label });
app.synth();
