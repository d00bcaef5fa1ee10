// Conformance case 'error-iam-policy-statement-not-actions-after-actions': error: aws-iam PolicyStatement: 'addNotActions after addActions (policy-statement.ts)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ actions: ['s3:GetObject'] });
s.addNotActions('s3:PutObject');
app.synth();
