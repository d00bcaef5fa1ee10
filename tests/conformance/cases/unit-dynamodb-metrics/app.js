// Conformance case 'unit-dynamodb-metrics': the table metrics of dynamodb.test.ts's "metrics" block
// that ccdk has (metricConsumedReadCapacityUnits, metricConsumedWriteCapacityUnits, metricSystemErrors
// with its dimensions, metricUserErrors, metricConditionalCheckFailedRequests,
// metricSuccessfulRequestLatency with its dimensions), each in an alarm (the dimensions of the
// metrics whose test reads them in outputs), then table.metric(name),
// metricThrottledRequestsForOperation, options over the defaults, an imported table and a TableV2's
// metrics.
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const ID_KEY = { name: 'id', type: dynamodb.AttributeType.STRING };

function alarm(stack, id, metric) {
  new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, id + 'Statistic', { value: metric.statistic });
  if (metric.label) new cdk.CfnOutput(stack, id + 'Label', { value: metric.label });
}

function dimensions(stack, id, metric) {
  Object.entries(metric.dimensions).forEach(([k, v], i) => {
    new cdk.CfnOutput(stack, `${id}Key${i}`, { value: k });
    new cdk.CfnOutput(stack, `${id}Value${i}`, { value: v });
  });
}

function S(id) {
  const stack = new cdk.Stack(app, id);
  return [stack, new dynamodb.Table(stack, 'Table', { partitionKey: ID_KEY })];
}

{
  const [stack, table] = S('ConsumedRead');
  alarm(stack, 'Metric', table.metricConsumedReadCapacityUnits());
}
{
  const [stack, table] = S('ConsumedWrite');
  alarm(stack, 'Metric', table.metricConsumedWriteCapacityUnits());
}
{
  const [stack, table] = S('SystemErrorsNoTableName');
  dimensions(stack, 'Dims', table.metricSystemErrors({ dimensionsMap: { Operation: 'GetItem' } }));
}
{
  const [stack, table] = S('SystemErrors');
  alarm(stack, 'Metric', table.metricSystemErrors({ dimensionsMap: { TableName: table.tableName, Operation: 'GetItem' } }));
}
{
  const [stack, table] = S('UserErrors');
  alarm(stack, 'Metric', table.metricUserErrors());
  new cdk.CfnOutput(stack, 'Dims', { value: JSON.stringify(table.metricUserErrors().dimensions) });
}
{
  const [stack, table] = S('ConditionalCheckFailed');
  alarm(stack, 'Metric', table.metricConditionalCheckFailedRequests());
}
{
  const [stack, table] = S('LatencyNoTableName');
  dimensions(stack, 'Dims', table.metricSuccessfulRequestLatency({ dimensionsMap: { Operation: 'GetItem' } }));
}
{
  const [stack, table] = S('Latency');
  alarm(stack, 'Metric', table.metricSuccessfulRequestLatency({
    dimensionsMap: { TableName: table.tableName, Operation: 'GetItem' },
  }));
}
{
  const [stack, table] = S('MoreMetrics');
  alarm(stack, 'Custom', table.metric('ReturnedItemCount'));
  alarm(stack, 'Throttled', table.metricThrottledRequestsForOperation('PutItem'));
  alarm(stack, 'ThrottledOptions', table.metricThrottledRequestsForOperation('Query', {
    statistic: 'Maximum', period: cdk.Duration.minutes(1), label: 'Throttled queries',
  }));
  alarm(stack, 'Options', table.metricConsumedReadCapacityUnits({ statistic: 'Average', unit: cloudwatch.Unit.COUNT }));
  alarm(stack, 'Dimensions', table.metric('Other', { dimensionsMap: { TableName: 'other' } }));
  alarm(stack, 'UserErrorsDims', table.metricUserErrors({ dimensionsMap: { TableName: 'ignored' } }));
  alarm(stack, 'SystemErrorsExtra', table.metricSystemErrors({ dimensionsMap: { Operation: 'Scan', Extra: 'x' } }));
  alarm(stack, 'LatencyExtra', table.metricSuccessfulRequestLatency({ dimensionsMap: { Extra: 'x', Operation: 'Query' } }));
  const imported = dynamodb.Table.fromTableName(stack, 'Imported', 'my-table');
  alarm(stack, 'ImportedRead', imported.metricConsumedReadCapacityUnits());
}
{
  const stack = new cdk.Stack(app, 'TableV2Metrics');
  const table = new dynamodb.TableV2(stack, 'Table', { partitionKey: ID_KEY });
  alarm(stack, 'ConsumedRead', table.metricConsumedReadCapacityUnits());
  alarm(stack, 'UserErrors', table.metricUserErrors());
  alarm(stack, 'Latency', table.metricSuccessfulRequestLatency({ dimensionsMap: { Operation: 'GetItem' } }));
  alarm(stack, 'Throttled', table.metricThrottledRequestsForOperation('PutItem'));
}

app.synth();
