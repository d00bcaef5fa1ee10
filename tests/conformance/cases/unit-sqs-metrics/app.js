// Conformance case 'unit-sqs-metrics': the queue metrics, each in an alarm (and its statistic in an
// output): sqs.test.ts's "test metrics" (metricNumberOfMessagesSent, metricSentMessageSize), then
// every queue.metric* method, queue.metric(name), options over the defaults (statistic, period,
// label, unit, dimensionsMap) and an imported queue's metric.
// Ported from aws-cdk: aws-sqs/test/sqs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

function alarm(stack, id, metric) {
  new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, id + 'Statistic', { value: metric.statistic });
  if (metric.label) new cdk.CfnOutput(stack, id + 'Label', { value: metric.label });
}

{
  const stack = new cdk.Stack(app, 'TestMetrics');
  const queue = new sqs.Queue(stack, 'Queue');
  alarm(stack, 'Sent', queue.metricNumberOfMessagesSent());
  alarm(stack, 'SentSize', queue.metricSentMessageSize());
}
{
  const stack = new cdk.Stack(app, 'AllMetrics');
  const queue = new sqs.Queue(stack, 'Queue');
  alarm(stack, 'AgeOfOldest', queue.metricApproximateAgeOfOldestMessage());
  alarm(stack, 'Delayed', queue.metricApproximateNumberOfMessagesDelayed());
  alarm(stack, 'NotVisible', queue.metricApproximateNumberOfMessagesNotVisible());
  alarm(stack, 'Visible', queue.metricApproximateNumberOfMessagesVisible());
  alarm(stack, 'EmptyReceives', queue.metricNumberOfEmptyReceives());
  alarm(stack, 'Deleted', queue.metricNumberOfMessagesDeleted());
  alarm(stack, 'Received', queue.metricNumberOfMessagesReceived());
  alarm(stack, 'Sent', queue.metricNumberOfMessagesSent());
  alarm(stack, 'SentSize', queue.metricSentMessageSize());
  alarm(stack, 'Custom', queue.metric('SomeMetric'));
  alarm(stack, 'Options', queue.metricApproximateAgeOfOldestMessage({
    statistic: 'p99', period: cdk.Duration.minutes(1), label: 'Oldest', unit: cloudwatch.Unit.SECONDS,
  }));
  alarm(stack, 'Dimensions', queue.metric('Other', { statistic: 'Sum', dimensionsMap: { QueueName: 'other-queue' } }));
  const imported = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:queue1');
  alarm(stack, 'ImportedVisible', imported.metricApproximateNumberOfMessagesVisible());
}

app.synth();
