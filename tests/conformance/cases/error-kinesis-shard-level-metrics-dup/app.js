// Conformance case 'error-kinesis-shard-level-metrics-dup': a shard-level metric given twice
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new kinesis.Stream(stack, 'S', { shardLevelMetrics: [kinesis.ShardLevelMetrics.INCOMING_BYTES, kinesis.ShardLevelMetrics.OUTGOING_BYTES, kinesis.ShardLevelMetrics.INCOMING_BYTES] });

app.synth();
