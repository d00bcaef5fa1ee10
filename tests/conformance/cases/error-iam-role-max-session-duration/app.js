// Conformance case 'error-iam-role-max-session-duration': error: aws-iam role.test.ts 'maxSessionDuration must be between 3600 and 43200'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole3', { assumedBy: new iam.ServicePrincipal('bla'), maxSessionDuration: cdk.Duration.minutes(1) });
app.synth();
