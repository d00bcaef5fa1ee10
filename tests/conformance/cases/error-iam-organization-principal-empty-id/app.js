// Conformance case 'error-iam-organization-principal-empty-id': organization-principal.test.ts's
// "empty string" id: the regex error, "received " with nothing after it.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new iam.Role(stack, 'Role', { assumedBy: new iam.OrganizationPrincipal('') });
app.synth();
