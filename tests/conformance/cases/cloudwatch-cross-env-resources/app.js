// Conformance case 'cloudwatch-cross-env-resources': the metrics of a named topic, queue, Table,
// TableV2, stream, metric filter and log group's extractMetric (attached to their stack by
// metric(), a TableV2's with its stack's account and region as overrides by configureMetric) graphed
// on a dashboard of another account and region, alarmed in another account of the same region, and
// graphed and alarmed in their own stack (no accountId/region but the TableV2's), and a TableV2's
// and a Table's in an environment-agnostic stack (with a queue's of the environment stack).
// Ported from aws-cdk: aws-cloudwatch/test/cross-environment.test.ts with the modules' metric().
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const res = new cdk.Stack(app, 'ResourceStack', { env: { account: '111111111111', region: 'us-east-1' } });
const monitoring = new cdk.Stack(app, 'MonitoringStack', { env: { account: '222222222222', region: 'eu-west-1' } });
const alarms = new cdk.Stack(app, 'AlarmStack', { env: { account: '222222222222', region: 'us-east-1' } });

const topic = new sns.Topic(res, 'Topic', { topicName: 'my-topic' });
const queue = new sqs.Queue(res, 'Queue', { queueName: 'my-queue' });
const ID_KEY = { name: 'id', type: dynamodb.AttributeType.STRING };
const table = new dynamodb.Table(res, 'Table', { tableName: 'my-table', partitionKey: ID_KEY });
const tableV2 = new dynamodb.TableV2(res, 'TableV2', { tableName: 'my-table-v2', partitionKey: ID_KEY });
const stream = new kinesis.Stream(res, 'Stream', { streamName: 'my-stream' });
const logGroup = new logs.LogGroup(res, 'LogGroup', { logGroupName: 'my-logs' });
const filter = new logs.MetricFilter(res, 'Filter', {
  logGroup,
  filterPattern: logs.FilterPattern.allEvents(),
  metricNamespace: 'MyApp',
  metricName: 'Events',
});
const latency = logGroup.extractMetric('$.latency', 'MyApp', 'Latency');

for (const s of [monitoring, res]) {
  const d = new cloudwatch.Dashboard(s, 'Dash');
  d.addWidgets(new cloudwatch.GraphWidget({
    left: [topic.metricNumberOfMessagesPublished(), queue.metricApproximateNumberOfMessagesVisible({ label: 'visible' })],
    right: [queue.metricApproximateNumberOfMessagesOutstanding(), topic.metric('Custom', { account: '333333333333', region: 'ap-south-1' })],
  }));
  d.addWidgets(new cloudwatch.GraphWidget({
    left: [table.metricConsumedReadCapacityUnits(), tableV2.metricConsumedReadCapacityUnits(),
      tableV2.metricUserErrors({ region: 'ap-south-1' })],
    right: [table.metricThrottledRequestsForOperations({ operations: [dynamodb.Operation.GET_ITEM, dynamodb.Operation.PUT_ITEM] })],
  }));
  d.addWidgets(new cloudwatch.SingleValueWidget({
    metrics: [stream.metricGetRecordsIteratorAgeMilliseconds(), stream.metric('Custom'), filter.metric(),
      latency],
  }));
}

for (const [s, p] of [[alarms, ''], [res, 'Local']]) {
  topic.metricNumberOfNotificationsFailed().createAlarm(s, p + 'TopicFailed', { threshold: 1, evaluationPeriods: 1 });
  queue.metricApproximateAgeOfOldestMessage().createAlarm(s, p + 'QueueAge', { threshold: 60, evaluationPeriods: 1 });
  table.metricUserErrors().createAlarm(s, p + 'TableUserErrors', { threshold: 1, evaluationPeriods: 1 });
  tableV2.metricConsumedWriteCapacityUnits().createAlarm(s, p + 'TableV2Write', { threshold: 1, evaluationPeriods: 1 });
  stream.metricPutRecordsFailedRecords().createAlarm(s, p + 'StreamFailed', { threshold: 1, evaluationPeriods: 1 });
  filter.metric().createAlarm(s, p + 'FilterEvents', { threshold: 1, evaluationPeriods: 1 });
}
{
  // an environment-agnostic stack: a TableV2's account and region overrides are tokens
  const agnostic = new cdk.Stack(app, 'AgnosticStack');
  const t2 = new dynamodb.TableV2(agnostic, 'TableV2', { partitionKey: ID_KEY });
  const t1 = new dynamodb.Table(agnostic, 'Table', { partitionKey: ID_KEY });
  new cloudwatch.Dashboard(agnostic, 'Dash').addWidgets(new cloudwatch.GraphWidget({
    left: [t2.metricConsumedReadCapacityUnits(), t1.metricConsumedReadCapacityUnits(), queue.metricNumberOfMessagesSent()],
  }));
  t2.metricConsumedWriteCapacityUnits().createAlarm(agnostic, 'TableV2Write', { threshold: 1, evaluationPeriods: 1 });
}
app.synth();
