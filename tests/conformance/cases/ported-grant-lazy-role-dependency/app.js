// Conformance case 'ported-grant-lazy-role-dependency': aws-iam grant.test.ts 'can depend on grant
// added to lazy role', ported literally (beforeEach's `new cdk.Stack()`: 'Default', and its
// SomeResource; applyGrantWithDependencyTo).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const resource = new cdk.CfnResource(stack, 'SomeResource', {
  type: 'CDK::Test::SomeResource',
});
function applyGrantWithDependencyTo(principal) {
  iam.Grant.addToPrincipal({
    actions: ['service:DoAThing'],
    grantee: principal,
    resourceArns: ['*'],
  }).applyBefore(resource);
}
const role = new iam.LazyRole(stack, 'Role', {
  assumedBy: new iam.ServicePrincipal('bla.amazonaws.com'),
});
applyGrantWithDependencyTo(role);
Array.isArray(role.roleArn); // Force instantiation
app.synth();
