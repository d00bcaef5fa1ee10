// Conformance case 'integ-kinesis-stream-shard-level-monitoring': aws-cdk's integ.stream-shard-level-monitoring.ts
// (framework-integ/test/aws-kinesis); dropped: the IntegTest and its describeStream assertions; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'kinesis-stream-shard-level-monitoring-stack');

new kinesis.Stream(stack, 'ExplicitStream', {
  shardLevelMetrics: [
    kinesis.ShardLevelMetrics.INCOMING_BYTES,
    kinesis.ShardLevelMetrics.INCOMING_RECORDS,
    kinesis.ShardLevelMetrics.ITERATOR_AGE_MILLISECONDS,
    kinesis.ShardLevelMetrics.OUTGOING_BYTES,
    kinesis.ShardLevelMetrics.OUTGOING_RECORDS,
    kinesis.ShardLevelMetrics.WRITE_PROVISIONED_THROUGHPUT_EXCEEDED,
    kinesis.ShardLevelMetrics.READ_PROVISIONED_THROUGHPUT_EXCEEDED,
  ],
});

new kinesis.Stream(stack, 'AllStream', {
  shardLevelMetrics: [kinesis.ShardLevelMetrics.ALL],
});

cdk.RemovalPolicies.of(stack).destroy();

app.synth();
