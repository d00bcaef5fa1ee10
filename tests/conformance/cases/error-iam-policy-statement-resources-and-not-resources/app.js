// Conformance case 'error-iam-policy-statement-resources-and-not-resources': error: aws-iam PolicyStatement: 'resources and notResources in the props (policy-statement.ts)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], notResources: ['arn:aws:s3:::b/*'] });
app.synth();
