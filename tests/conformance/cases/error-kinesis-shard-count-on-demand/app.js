// Conformance case 'error-kinesis-shard-count-on-demand': a stream shardCount with ON_DEMAND streamMode
// Ported from aws-cdk: aws-kinesis/test/stream.test.ts, 'throws when using shardCount with on-demand streamMode'.
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new kinesis.Stream(stack, 'MyStream', { shardCount: 2, streamMode: kinesis.StreamMode.ON_DEMAND });
app.synth();
