// Conformance case 'error-s3-website-redirect-with-rules': websiteRedirect with websiteRoutingRules (even [])
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Website', { websiteRedirect: { hostName: 'www.example.com' }, websiteRoutingRules: [] });
app.synth();
