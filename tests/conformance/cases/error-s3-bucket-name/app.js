// Conformance case 'error-s3-bucket-name': a bucket name that breaks several of aws-cdk-lib's rules (one message, a line per rule)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { bucketName: 'My_bucket.-name-' });
app.synth();
