// Conformance case 'iam-permissions-boundary-of': iam.PermissionsBoundary.of(scope).apply(policy) and
// .clear(): a boundary (a ManagedPolicy of the stack) on every Role and User of a stack (a function's
// role, a role, a user), another (an AWS managed policy by name) on one function below it (the
// child's aspect runs last), cleared on another; apply / clear / apply again on a third scope ends
// applied; a stack-level permissionsBoundary prop underneath (the aspects override it).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { permissionsBoundary: cdk.PermissionsBoundary.fromName('stack-wide') });
const boundary = new iam.ManagedPolicy(stack, 'Boundary', {
  statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
});
const fn = (id) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const a = fn('A');
const b = fn('B');
const c = fn('C');
new iam.Role(stack, 'Ops', { assumedBy: new iam.AccountRootPrincipal() });
new iam.User(stack, 'Deployer');

iam.PermissionsBoundary.of(stack).apply(boundary);
iam.PermissionsBoundary.of(a).apply(iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'));
iam.PermissionsBoundary.of(b).clear();
iam.PermissionsBoundary.of(c).apply(boundary);
iam.PermissionsBoundary.of(c).clear();
iam.PermissionsBoundary.of(c).apply(iam.ManagedPolicy.fromManagedPolicyName(stack, 'Named', 'c-boundary'));
app.synth();
