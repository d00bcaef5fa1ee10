// Conformance case 'error-s3-object-lock-retention-too-long': an object lock retention of more than 100 years
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(365 * 100 + 1)) });
app.synth();
