// Conformance case 'error-iam-organization-principal-invalid-id': error: new OrganizationPrincipal('o-short') (principals.ts: Expected Organization ID must match regex pattern)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new iam.Role(stack, 'Role', { assumedBy: new iam.OrganizationPrincipal('o-short') });
app.synth();
