// Conformance case 'error-s3-object-lock-retention-too-short': an object lock retention of less than a day (Duration.days(0))
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(0)) });
app.synth();
