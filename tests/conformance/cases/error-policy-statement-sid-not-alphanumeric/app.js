// Conformance case 'error-policy-statement-sid-not-alphanumeric': identity-policy statements whose
// sid is not alphanumeric (a role's default policy, a Policy of its own, a role's inline policy) are
// aws-cdk-lib's validateForIdentityPolicy errors, each with its construct's path; an alphanumeric
// sid passes.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  inlinePolicies: {
    Inline: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({ sid: 'inline_sid', actions: ['s3:GetObject'], resources: ['*'] })],
    }),
  },
});
role.addToPolicy(new iam.PolicyStatement({ sid: 'my-sid', actions: ['s3:GetObject'], resources: ['*'] }));
role.addToPolicy(new iam.PolicyStatement({ sid: 'Good1', actions: ['s3:PutObject'], resources: ['*'] }));
const policy = new iam.Policy(stack, 'Policy', {
  statements: [new iam.PolicyStatement({ sid: 'with space', actions: ['sqs:SendMessage'], resources: ['*'] })],
});
policy.attachToRole(role);
app.synth();
