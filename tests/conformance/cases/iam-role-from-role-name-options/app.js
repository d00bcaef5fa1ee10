// Conformance case 'iam-role-from-role-name-options': Role.fromRoleName(scope, id, name, options)
// (FromRoleNameOptions: FromRoleArnOptions' fields) in an environment-agnostic stack and in one with
// an account: defaultPolicyName, mutable false (the statements go nowhere), addGrantsToResources
// (role.from-role-name.test.ts's 'with options').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
for (const [id, env] of [['Agnostic', undefined], ['WithAccount', { account: '123456789012', region: 'eu-west-1' }]]) {
  const stack = new cdk.Stack(app, id, { env });
  const queue = new sqs.Queue(stack, 'Queue');

  const named = iam.Role.fromRoleName(stack, 'Named', 'NamedRole', { defaultPolicyName: 'MyPolicy' });
  named.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:ReceiveMessage'], resources: [queue.queueArn] }));

  const fixed = iam.Role.fromRoleName(stack, 'Fixed', 'FixedRole', { mutable: false });
  fixed.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:DeleteMessage'], resources: [queue.queueArn] }));
  queue.grantPurge(fixed);

  const toResources = iam.Role.fromRoleName(stack, 'ToResources', 'ReaderRole',
    { mutable: false, addGrantsToResources: true });
  queue.grantSendMessages(toResources);

  new cdk.CfnOutput(stack, 'NamedArn', { value: named.roleArn });
  new cdk.CfnOutput(stack, 'FixedName', { value: fixed.roleName });
}
app.synth();
