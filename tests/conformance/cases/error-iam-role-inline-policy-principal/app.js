// Conformance case 'error-iam-role-inline-policy-principal': error: aws-iam role.test.ts 'fails if inline policy from props is invalid'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole', {
  assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
  inlinePolicies: {
    testPolicy: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({
        resources: ['*'], actions: ['*'], principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
      })],
    }),
  },
});
app.synth();
