// Conformance case 'error-kinesis-retention-period-low': a stream retentionPeriod of 23 hours
// Ported from aws-cdk: aws-kinesis/test/stream.test.ts, 'retention period must be between 24 and 8760 hours' (its second throw).
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new kinesis.Stream(stack, 'MyStream', { retentionPeriod: cdk.Duration.hours(23) });
app.synth();
