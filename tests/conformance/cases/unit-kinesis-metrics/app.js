// Conformance case 'unit-kinesis-metrics': the stream metrics, each in an alarm (and its statistic
// in an output): stream.test.ts's "basic stream-level metrics (StreamName dimension only)" (every
// stream.metric* method) and "allow to overide metric options", then stream.metric(name), more
// options (label, unit, dimensionsMap) and an imported stream.
// Ported from aws-cdk: aws-kinesis/test/stream.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();

function alarm(stack, id, metric) {
  new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, id + 'Statistic', { value: metric.statistic });
  if (metric.label) new cdk.CfnOutput(stack, id + 'Label', { value: metric.label });
}

{
  const stack = new cdk.Stack(app, 'BasicMetrics');
  const stream = new kinesis.Stream(stack, 'MyStream');
  alarm(stack, 'GetRecordsBytes', stream.metricGetRecordsBytes());
  alarm(stack, 'IteratorAge', stream.metricGetRecordsIteratorAgeMilliseconds());
  alarm(stack, 'GetRecordsLatency', stream.metricGetRecordsLatency());
  alarm(stack, 'GetRecords', stream.metricGetRecords());
  alarm(stack, 'GetRecordsSuccess', stream.metricGetRecordsSuccess());
  alarm(stack, 'IncomingBytes', stream.metricIncomingBytes());
  alarm(stack, 'IncomingRecords', stream.metricIncomingRecords());
  alarm(stack, 'PutRecordBytes', stream.metricPutRecordBytes());
  alarm(stack, 'PutRecordLatency', stream.metricPutRecordLatency());
  alarm(stack, 'PutRecordSuccess', stream.metricPutRecordSuccess());
  alarm(stack, 'PutRecordsBytes', stream.metricPutRecordsBytes());
  alarm(stack, 'PutRecordsLatency', stream.metricPutRecordsLatency());
  alarm(stack, 'PutRecordsSuccess', stream.metricPutRecordsSuccess());
  alarm(stack, 'PutRecordsTotal', stream.metricPutRecordsTotalRecords());
  alarm(stack, 'PutRecordsSuccessful', stream.metricPutRecordsSuccessfulRecords());
  alarm(stack, 'PutRecordsFailed', stream.metricPutRecordsFailedRecords());
  alarm(stack, 'PutRecordsThrottled', stream.metricPutRecordsThrottledRecords());
  alarm(stack, 'ReadExceeded', stream.metricReadProvisionedThroughputExceeded());
  alarm(stack, 'WriteExceeded', stream.metricWriteProvisionedThroughputExceeded());
}
{
  const stack = new cdk.Stack(app, 'OverrideOptions');
  const stream = new kinesis.Stream(stack, 'MyStream');
  alarm(stack, 'GetRecordsBytes', stream.metricGetRecordsBytes());
  alarm(stack, 'GetRecordsBytesMax', stream.metricGetRecordsBytes({ period: cdk.Duration.minutes(1), statistic: 'Maximum' }));
  alarm(stack, 'IncomingBytes', stream.metricIncomingBytes());
  alarm(stack, 'IncomingBytesSum', stream.metricIncomingBytes({ period: cdk.Duration.minutes(1), statistic: 'Sum' }));
}
{
  const stack = new cdk.Stack(app, 'MoreMetrics');
  const stream = new kinesis.Stream(stack, 'MyStream');
  alarm(stack, 'Custom', stream.metric('SomeMetric'));
  alarm(stack, 'Options', stream.metricGetRecordsIteratorAgeMilliseconds({
    statistic: 'p90', label: 'Iterator age', unit: cloudwatch.Unit.MILLISECONDS,
  }));
  alarm(stack, 'Dimensions', stream.metric('Other', { dimensionsMap: { StreamName: 'other', ShardId: 'shard-1' } }));
  const imported = kinesis.Stream.fromStreamArn(stack, 'Imported', 'arn:aws:kinesis:us-east-1:123456789012:stream/imported-stream');
  alarm(stack, 'ImportedIteratorAge', imported.metricGetRecordsIteratorAgeMilliseconds());
}

app.synth();
