// Conformance case 'error-iam-role-name-invalid-char': error: aws-iam role.test.ts 'roleName validation: rejects name with !#$%^&*() (here #)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'test #', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'), roleName: 'invalid#' });
app.synth();
