// Conformance case 'iam-role-without-policy-updates': aws-iam role.test.ts: role.withoutPolicyUpdates()
// (made once): its statements, inline and managed policies go nowhere, a Policy attached to it still
// names the role, grants to it are dropped or, with addGrantsToResources, go to a queue's policy;
// role.attachInlinePolicy on a role and on its ImmutableRole.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const immutable = role.withoutPolicyUpdates();
const again = role.withoutPolicyUpdates({ addGrantsToResources: true });
if (again !== immutable) throw new Error('not memoized');
immutable.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
immutable.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
immutable.attachInlinePolicy(new iam.Policy(stack, 'Dropped', {
  statements: [new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'] })],
}));
new iam.Policy(stack, 'Attached', {
  roles: [immutable],
  statements: [new iam.PolicyStatement({ actions: ['sqs:ReceiveMessage'], resources: ['*'] })],
});
role.attachInlinePolicy(new iam.Policy(stack, 'Inline', {
  statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
}));
const queue = new sqs.Queue(stack, 'Queue');
queue.grantSendMessages(immutable);
new cdk.CfnOutput(stack, 'Arn', { value: immutable.roleArn });
new cdk.CfnOutput(stack, 'Name', { value: immutable.roleName });

const other = new iam.Role(stack, 'Other', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const toResources = other.withoutPolicyUpdates({ addGrantsToResources: true });
queue.grantConsumeMessages(toResources);
app.synth();
