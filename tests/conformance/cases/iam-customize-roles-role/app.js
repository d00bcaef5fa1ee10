// Conformance case 'iam-customize-roles-role': Role.customizeRoles(app, ...) over two stacks: Roles
// with inline policies and managed policies (AWS managed, fromManagedPolicyName), addToPolicy with
// references and pseudo parameters, attachInlinePolicy, a grant on the role (grantPassRole to another
// precreated role) and a role of a stack with an environment. The roles' children (Import<id>,
// PrecreatedRole<id>, the inline policies' Policy) are in tree.json; the report lists the roles in
// creation order. Ports aws-cdk packages/aws-cdk-lib/aws-iam/test/precreated-role.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
iam.Role.customizeRoles(app, {
  usePrecreatedRoles: {
    'StackA/MyRole': 'my-role',
    'StackB/Other': 'other-role',
  },
});
const a = new cdk.Stack(app, 'StackA');
const res = new cdk.CfnResource(a, 'SomeResource', { type: 'AWS::SomeResource', properties: {} });
const role = new iam.Role(a, 'MyRole', {
  assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.AccountPrincipal('111111111111')),
  inlinePolicies: {
    Doc: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
    }),
  },
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'),
    iam.ManagedPolicy.fromManagedPolicyName(a, 'CustomRead', 'CustomReadOnlyAccess'),
  ],
});
role.addToPolicy(new iam.PolicyStatement({
  actions: ['s3:GetObject'],
  conditions: { StringLike: { 's3:prefix': [res.getAtt('Arn').toString(), 'arn:aws:s3:::someBucket/*'] } },
  resources: [res.getAtt('Arn').toString(), 'arn:aws:s3:::someBucket/*'],
}));
role.attachInlinePolicy(new iam.Policy(a, 'Policy', {
  statements: [new iam.PolicyStatement({
    actions: ['sns:Publish'],
    resources: [`arn:aws:sns:${a.region}:${a.account}:${res.ref}`],
  })],
}));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
const b = new cdk.Stack(app, 'StackB', { env: { account: '123456789012', region: 'eu-west-1' } });
const other = new iam.Role(b, 'Other', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), roleName: 'ignored-name' });
role.grantPassRole(other);
new cdk.CfnOutput(b, 'Arn', { value: other.roleArn });
new cdk.CfnOutput(b, 'Name', { value: other.roleName });
app.synth();
