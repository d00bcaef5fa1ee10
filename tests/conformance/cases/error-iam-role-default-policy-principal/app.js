// Conformance case 'error-iam-role-default-policy-principal': error: aws-iam role.test.ts 'fails if default role policy is invalid'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
role.addToPrincipalPolicy(new iam.PolicyStatement({
  resources: ['*'], actions: ['*'], principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
}));
app.synth();
