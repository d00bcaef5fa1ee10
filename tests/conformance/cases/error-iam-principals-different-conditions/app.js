// Conformance case 'error-iam-principals-different-conditions': error: aws-iam principals.test.ts
// 'cannot have multiple principals with different conditions in the same statement'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'First');
const user = new iam.User(stack, 'User');
user.addToPolicy(new iam.PolicyStatement({
  principals: [
    new iam.ServicePrincipal('myService.amazon.com').withConditions({ StringEquals: { hairColor: 'blond' } }),
    new iam.ServicePrincipal('yourservice.amazon.com').withConditions({ StringEquals: { hairColor: 'black' } }),
  ],
}));
app.synth();
