// Conformance case 'error-iam-lazy-role-managed-policy-assumed-by': error: a LazyRole assumed by a ManagedPolicy's grantPrincipal: its trust policy, made with the role when its ARN is read, is ManagedPolicyGrantPrincipal's error.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const policy = new iam.ManagedPolicy(stack, 'Policy', {
  statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })],
});
const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: policy.grantPrincipal });
new cdk.CfnOutput(stack, 'Arn', { value: role.roleArn });
app.synth();
