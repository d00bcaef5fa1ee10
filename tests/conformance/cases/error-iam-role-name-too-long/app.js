// Conformance case 'error-iam-role-name-too-long': error: aws-iam role.test.ts 'throws with roleName over 64 chars'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'Test', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'), roleName: 'a'.repeat(65) });
app.synth();
