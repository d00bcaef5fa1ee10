// Conformance case 'error-iam-role-path-no-trailing-slash': error: aws-iam role.test.ts 'role path must end with a forward slash'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('bla'), path: '/a' });
app.synth();
