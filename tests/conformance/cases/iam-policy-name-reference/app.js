// Conformance case 'iam-policy-name-reference': aws-iam policy.test.ts: a Policy with a document
// (PolicyDocument.fromJson), policy.policyName read (generated and given) and used, of a policy
// attached to a user; Policy.fromPolicyName (an Import construct) and its name.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const withDoc = new iam.Policy(stack, 'WithDoc', {
  document: iam.PolicyDocument.fromJson({ Statement: [{ Action: 's3:GetObject', Resource: '*', Effect: 'Allow' }] }),
  roles: [role],
});
withDoc.addStatements(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'] }));
const unattached = new iam.Policy(stack, 'Unattached', {
  users: [new iam.User(stack, 'User')],
  statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
});
const named = new iam.Policy(stack, 'Named', {
  policyName: 'my-policy',
  roles: [role],
  statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
});
const imported = iam.Policy.fromPolicyName(stack, 'Imported', 'existing-policy');
new cdk.CfnOutput(stack, 'Generated', { value: unattached.policyName });
new cdk.CfnOutput(stack, 'Given', { value: named.policyName });
new cdk.CfnOutput(stack, 'ImportedName', { value: imported.policyName });
app.synth();
