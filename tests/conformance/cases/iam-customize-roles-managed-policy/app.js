// Conformance case 'iam-customize-roles-managed-policy': under Role.customizeRoles, ManagedPolicies
// are not created either (an "Imported<id>" child gives the ARN of a policy named as the id) and
// their statements are reported with the roles they are attached to (in a role's managedPolicies or
// with roles: [role]); Role.fromRoleName is a precreated role too (no "missing" in the report), here
// a Function's role that a queue grants to. Ports aws-cdk
// packages/aws-cdk-lib/aws-iam/test/precreated-role.test.ts, 'with managedPolicies'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OtherStack');
iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'OtherStack/MyRole': 'other-role-name' } });
const res = new cdk.CfnResource(stack, 'SomeResource', { type: 'AWS::SomeResource', properties: {} });
const custom = new iam.ManagedPolicy(stack, 'CustomPolicy', {
  statements: [new iam.PolicyStatement({ actions: ['sns:Publish', 's3:GetObject'], resources: [res.ref] })],
});
const role = new iam.Role(stack, 'MyRole', {
  assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'),
    iam.ManagedPolicy.fromManagedPolicyName(stack, 'CustomReadPolicy', 'CustomReadOnlyAccess'),
    custom,
  ],
});
new iam.ManagedPolicy(stack, 'OtherCustomPolicy', {
  roles: [role],
  statements: [new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [res.getAtt('Arn').toString()] })],
});
const imported = iam.Role.fromRoleName(stack, 'Imported', 'imported-role');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  role: imported,
});
new sqs.Queue(stack, 'Queue').grantConsumeMessages(fn);
imported.addManagedPolicy(custom);
new cdk.CfnOutput(stack, 'PolicyArn', { value: custom.managedPolicyArn });
new cdk.CfnOutput(stack, 'PolicyName', { value: custom.managedPolicyName });
app.synth();
