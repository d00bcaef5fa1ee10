// Conformance case 'error-iam-group-as-principal': policy-statement.ts validatePolicyPrincipal: a
// Group (not an import) as a statement's principal is an error.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new iam.Group(stack, 'MyGroup');
new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [group] });
app.synth();
