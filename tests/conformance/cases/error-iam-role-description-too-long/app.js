// Conformance case 'error-iam-role-description-too-long': error: aws-iam role.test.ts 'description can only be 1000 characters long'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'), description: 'd'.repeat(1001) });
app.synth();
