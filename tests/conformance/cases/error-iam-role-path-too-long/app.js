// Conformance case 'error-iam-role-path-too-long': error: aws-iam role.test.ts 'role path must be less than or equal to 512'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('bla'), path: '/' + Array(512).join('a') + '/' });
app.synth();
