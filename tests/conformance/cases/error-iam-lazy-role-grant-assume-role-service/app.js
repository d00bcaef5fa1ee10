// Conformance case 'error-iam-lazy-role-grant-assume-role-service': error: lazyRole.grantAssumeRole(ServicePrincipal) makes the role, whose grantAssumeRole refuses a service principal.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
role.grantAssumeRole(new iam.ServicePrincipal('ec2.amazonaws.com'));
app.synth();
