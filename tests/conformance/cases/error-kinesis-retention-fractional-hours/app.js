// Conformance case 'error-kinesis-retention-fractional-hours': error: a stream retentionPeriod of
// Duration.minutes(1530), not a whole number of hours (Duration.toHours in stream.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new kinesis.Stream(stack, 'MyStream', { retentionPeriod: cdk.Duration.minutes(1530) });
app.synth();
