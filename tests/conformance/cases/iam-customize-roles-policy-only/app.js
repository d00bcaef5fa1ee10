// Conformance case 'iam-customize-roles-policy-only': Role.customizeRoles with preventSynthesis
// false over a stack whose only precreated object is a ManagedPolicy (no role): the policy is reported
// at validation, so the report's PolicySynthesizer construct comes after the App's Tree in tree.json.
// Ports aws-cdk managed-policy.test.ts, 'do not prevent creation when customizeRoles.preventSynthesis=false'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
iam.Role.customizeRoles(stack, { preventSynthesis: false });
new iam.ManagedPolicy(stack, 'Policy', {
  managedPolicyName: 'my-policy',
  statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
});
app.synth();
