// Conformance case 'error-s3-website-error-without-index': websiteErrorDocument without websiteIndexDocument
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Website', { websiteErrorDocument: 'error.html' });
app.synth();
