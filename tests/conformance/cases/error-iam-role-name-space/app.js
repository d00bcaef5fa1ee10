// Conformance case 'error-iam-role-name-space': error: aws-iam role.test.ts 'roleName validation: rejects names with spaces'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'test spaces', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'), roleName: 'invalid name' });
app.synth();
