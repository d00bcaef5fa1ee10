// Conformance case 'error-iam-policy-referenced-empty': policy.ts validatePolicy: a Policy whose
// policyName was read, empty and attached to no one: both referenced-policy errors.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const policy = new iam.Policy(stack, 'Policy');
new cdk.CfnOutput(stack, 'Name', { value: policy.policyName });
app.synth();
