// Conformance case 'error-s3-auto-delete-retain': autoDeleteObjects without removalPolicy DESTROY.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { autoDeleteObjects: true });
app.synth();
