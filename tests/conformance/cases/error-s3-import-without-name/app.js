// Conformance case 'error-s3-import-without-name': an imported bucket without an ARN or a name
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
s3.Bucket.fromBucketAttributes(stack, 'Imported', { region: 'us-east-1' });
app.synth();
