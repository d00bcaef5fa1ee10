// Conformance case 'error-kinesis-retention-period-high': a stream retentionPeriod of 8761 hours
// Ported from aws-cdk: aws-kinesis/test/stream.test.ts, 'retention period must be between 24 and 8760 hours' (its first throw).
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new kinesis.Stream(stack, 'MyStream', { retentionPeriod: cdk.Duration.hours(8761) });
app.synth();
