// Conformance case 'error-s3-website-empty-condition': a routing rule whose condition is an empty object
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Website', { websiteIndexDocument: 'index.html', websiteRoutingRules: [{ hostName: 'www.example.com', condition: {} }] });
app.synth();
