// Conformance case 'error-iam-statement-frozen-condition': error: aws-iam policy-statement.test.ts 'a frozen policy statement cannot be modified any more' (addCondition, here by addSourceArnCondition, after freeze()).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ actions: ['action:a'], resources: ['*'] });
s.freeze();
s.addSourceArnCondition('arn:aws:sns:us-east-1:123456789012:Topic');
app.synth();
