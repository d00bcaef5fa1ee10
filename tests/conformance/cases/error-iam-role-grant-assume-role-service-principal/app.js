// Conformance case 'error-iam-role-grant-assume-role-service-principal': error: aws-iam role.test.ts 'a role cannot grant AssumeRole permission to a Service Principal'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const user = new iam.User(stack, 'User');
const role = new iam.Role(stack, 'MyRole', { assumedBy: user });
role.grantAssumeRole(new iam.ServicePrincipal('beep-boop.amazonaws.com'));
app.synth();
