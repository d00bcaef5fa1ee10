// Conformance case 'error-kinesis-shard-level-metrics-all': ShardLevelMetrics.ALL together with another metric
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new kinesis.Stream(stack, 'S', { shardLevelMetrics: [kinesis.ShardLevelMetrics.ALL, kinesis.ShardLevelMetrics.INCOMING_BYTES] });

app.synth();
