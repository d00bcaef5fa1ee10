// Conformance case 'error-iam-composite-principal-empty': error: new CompositePrincipal() without principals as a role's assumedBy (principals.ts: its constructor's UnscopedValidationError)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new iam.Role(stack, 'Role', { assumedBy: new iam.CompositePrincipal() });
app.synth();
