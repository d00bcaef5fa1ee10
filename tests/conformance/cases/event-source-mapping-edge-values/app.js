// Conformance case 'event-source-mapping-edge-values': EventSourceMapping beside event-source-mapping.test.ts's
// tests, at the limits its checks allow (maxBatchingWindow 300000 ms, maxRecordAge 168 h, retryAttempts
// 10000 and -1, parallelizationFactor 1 and 10, tumblingWindow 15 min, maxConcurrency 1000 and 0 (falsy:
// unchecked), a 200-character consumer group, pollers 200/200 and {}), a fractional timestamp and a
// 0 one without AT_TIMESTAMP (falsy: unchecked, written), numbers in filter patterns as JSON.stringify
// writes them (0.1 + 0.2, 1e21, 1e-7, -0), escapes in pattern strings, an empty FilterRule.or(), empty
// filters / metrics / source access lists, duplicate metrics and servers (the validation report).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const F = lambda.FilterCriteria.filter, R = lambda.FilterRule;
new lambda.EventSourceMapping(stack, 'test', {
  target: fn, eventSourceArn: 'arn',
  maxBatchingWindow: cdk.Duration.millis(300000),
  maxRecordAge: cdk.Duration.hours(168),
  retryAttempts: 10000, parallelizationFactor: 10, tumblingWindow: cdk.Duration.minutes(15),
  maxConcurrency: 1000, batchSize: 0.5,
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1640995200.25,
  kafkaConsumerGroupId: 'a'.repeat(199) + '@',
  filters: [
    F({ a: R.isEqual(0.1 + 0.2), b: R.isEqual(1e21), c: R.isEqual(1e-7), d: R.isEqual(-0), e: R.between(-1.5, 123456789012345680000) }),
    F({ n: { x: R.isEqual(''), y: R.or(), z: R.notEquals('"q\u2028\u00e9\ud83d\ude00'), w: R.beginsWith('\\') } }),
    F({}),
  ],
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.EVENT_COUNT] },
  provisionedPollerConfig: { minimumPollers: 200, maximumPollers: 200 },
});
new lambda.EventSourceMapping(stack, 'test2', {
  target: fn, kafkaBootstrapServers: ['a', 'a'], kafkaTopic: '', kafkaConsumerGroupId: 'g',
  maxRecordAge: cdk.Duration.seconds(60), retryAttempts: -1, parallelizationFactor: 1,
  startingPositionTimestamp: 0, maxConcurrency: 0, batchSize: 10000,
  provisionedPollerConfig: {},
  filters: [],
  metricsConfig: { metrics: [] },
  sourceAccessConfigurations: [],
});
app.synth();
