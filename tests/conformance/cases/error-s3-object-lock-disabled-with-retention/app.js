// Conformance case 'error-s3-object-lock-disabled-with-retention': objectLockDefaultRetention with objectLockEnabled false
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { objectLockEnabled: false, objectLockDefaultRetention: s3.ObjectLockRetention.compliance(cdk.Duration.days(1)) });
app.synth();
