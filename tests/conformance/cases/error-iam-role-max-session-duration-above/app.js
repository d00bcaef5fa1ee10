// Conformance case 'error-iam-role-max-session-duration-above': error: aws-iam role.test.ts 'maxSessionDuration must be between 3600 and 43200 (43201 seconds)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole5', { assumedBy: new iam.ServicePrincipal('bla'), maxSessionDuration: cdk.Duration.seconds(43201) });
app.synth();
