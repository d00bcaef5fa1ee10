// Conformance case 'error-s3-lifecycle-expiration-hours': a lifecycle expiration that is not a whole number of days (toDays() in the Lazy)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ expiration: cdk.Duration.hours(5) }] });
app.synth();
