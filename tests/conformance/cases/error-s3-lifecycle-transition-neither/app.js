// Conformance case 'error-s3-lifecycle-transition-neither': a lifecycle transition with neither transitionDate nor transitionAfter
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.GLACIER }] }] });
app.synth();
