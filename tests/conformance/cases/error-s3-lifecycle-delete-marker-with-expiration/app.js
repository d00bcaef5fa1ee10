// Conformance case 'error-s3-lifecycle-delete-marker-with-expiration': expiredObjectDeleteMarker with an expiration, in a rule added after a good one
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const b = new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ expiration: cdk.Duration.days(1) }] });
b.addLifecycleRule({ expiredObjectDeleteMarker: true, expiration: cdk.Duration.days(30) });
app.synth();
