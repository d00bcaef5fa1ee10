// Conformance case 'error-iam-policy-invalid-document': error: aws-iam policy.test.ts 'fails if policy document is invalid'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Policy(stack, 'MyRole', {
  statements: [new iam.PolicyStatement({ actions: ['*'], principals: [new iam.ServicePrincipal('test.service')] })],
});
app.synth();
