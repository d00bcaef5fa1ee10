// Conformance case 'error-iam-policy-force-empty': error: aws-iam policy.test.ts 'fails when "forced" policy is empty'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Policy(stack, 'MyPolicy', { force: true });
app.synth();
