// Conformance case 'unit-sns-metrics': the topic metrics, each in an alarm (and its statistic in an
// output): sns.test.ts's "test metrics" (metricNumberOfMessagesPublished, metricPublishSize), then
// every topic.metric* method, topic.metric(name), options over the defaults and an imported topic.
// Ported from aws-cdk: aws-sns/test/sns.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();

function alarm(stack, id, metric) {
  new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, id + 'Statistic', { value: metric.statistic });
  if (metric.label) new cdk.CfnOutput(stack, id + 'Label', { value: metric.label });
}

{
  const stack = new cdk.Stack(app, 'TestMetrics');
  const topic = new sns.Topic(stack, 'Topic');
  alarm(stack, 'Published', topic.metricNumberOfMessagesPublished());
  alarm(stack, 'PublishSize', topic.metricPublishSize());
}
{
  const stack = new cdk.Stack(app, 'AllMetrics');
  const topic = new sns.Topic(stack, 'Topic');
  alarm(stack, 'PublishSize', topic.metricPublishSize());
  alarm(stack, 'Published', topic.metricNumberOfMessagesPublished());
  alarm(stack, 'Delivered', topic.metricNumberOfNotificationsDelivered());
  alarm(stack, 'Failed', topic.metricNumberOfNotificationsFailed());
  alarm(stack, 'FilteredOut', topic.metricNumberOfNotificationsFilteredOut());
  alarm(stack, 'FilteredOutNoAttrs', topic.metricNumberOfNotificationsFilteredOutNoMessageAttributes());
  alarm(stack, 'FilteredOutInvalid', topic.metricNumberOfNotificationsFilteredOutInvalidAttributes());
  alarm(stack, 'SmsSpent', topic.metricSMSMonthToDateSpentUSD());
  alarm(stack, 'SmsSuccess', topic.metricSMSSuccessRate());
  alarm(stack, 'Custom', topic.metric('SomeMetric'));
  alarm(stack, 'Options', topic.metricNumberOfNotificationsFailed({
    statistic: 'Maximum', period: cdk.Duration.minutes(10), label: 'Failures',
  }));
  alarm(stack, 'Dimensions', topic.metric('Other', { dimensionsMap: { TopicName: 'other', Extra: 'x' } }));
  const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:123456789012:my_topic');
  alarm(stack, 'ImportedFailed', imported.metricNumberOfNotificationsFailed());
}

app.synth();
