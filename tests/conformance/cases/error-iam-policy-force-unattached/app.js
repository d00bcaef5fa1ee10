// Conformance case 'error-iam-policy-force-unattached': error: aws-iam policy.test.ts 'fails if "forced" policy is not attached to a principal'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Policy(stack, 'MyPolicy', { force: true, statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
app.synth();
