// Conformance case 'unit-iam-grant-dependencies': aws-iam grant.test.ts, a stack per test: Grant.drop
// (nothing to depend on), grant.applyBefore(resource) of Grant.addToPrincipal to a role, to a
// PrincipalWithConditions of a role, of Grant.addToPrincipalOrResource to a service principal on a
// resource with a policy of its own (FakeResourceWithPolicy: its policyDependable), of
// Grant.addToPrincipalAndResource to a role (both policies), and of two grants combined. The lazy
// role test is ported-grant-lazy-role-dependency.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

class FakeResourceWithPolicy extends cdk.Resource {
  constructor(scope, id) {
    super(scope, id);
    this.policy = new cdk.CfnResource(this, 'Policy', { type: 'CDK::Test::BuckarooPolicy' });
  }
  addToResourcePolicy(_statement) {
    return { statementAdded: true, policyDependable: this.policy };
  }
}

const app = new cdk.App();
function setUp(id) {
  const stack = new cdk.Stack(app, id);
  const resource = new cdk.CfnResource(stack, 'SomeResource', { type: 'CDK::Test::SomeResource' });
  return { stack, resource };
}
function role(stack, id = 'Role') {
  return new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('bla.amazonaws.com') });
}
{
  const { stack, resource } = setUp('Drop');
  const user = new iam.User(stack, 'poo');
  const grant = iam.Grant.drop(user, 'dropping me');
  grant.applyBefore(resource);
  new cdk.CfnOutput(stack, 'Success', { value: `${grant.success}:${grant.principalStatement === undefined}:${grant.resourceStatement === undefined}` });
}
{
  const { stack, resource } = setUp('OnRole');
  const r = role(stack);
  iam.Grant.addToPrincipal({ actions: ['service:DoAThing'], grantee: r, resourceArns: ['*'] }).applyBefore(resource);
}
{
  const { stack, resource } = setUp('WithConditions');
  const r = role(stack);
  iam.Grant.addToPrincipal({
    actions: ['service:DoAThing'],
    grantee: new iam.PrincipalWithConditions(r, { StringEquals: { 'aws:something': 'happy' } }),
    resourceArns: ['*'],
  }).applyBefore(resource);
}
{
  const { stack, resource } = setUp('OnResource');
  iam.Grant.addToPrincipalOrResource({
    actions: ['service:DoAThing'],
    grantee: new iam.ServicePrincipal('bla.amazonaws.com'),
    resourceArns: ['*'],
    resource: new FakeResourceWithPolicy(stack, 'Buckaroo'),
  }).applyBefore(resource);
}
{
  const { stack, resource } = setUp('PrincipalAndResource');
  const r = role(stack);
  const grant = iam.Grant.addToPrincipalAndResource({
    actions: ['service:DoAThing'],
    grantee: r,
    resourceArns: ['*'],
    resource: new FakeResourceWithPolicy(stack, 'Buckaroo'),
  });
  grant.applyBefore(resource);
  new cdk.CfnOutput(stack, 'Statements', { value: `${grant.principalStatement !== undefined}:${grant.resourceStatement === undefined}` });
}
{
  const { stack, resource } = setUp('Combine');
  const g1 = iam.Grant.addToPrincipal({ actions: ['service:DoAThing'], grantee: role(stack, 'Role1'), resourceArns: ['*'] });
  const g2 = iam.Grant.addToPrincipal({ actions: ['service:DoAThing'], grantee: role(stack, 'Role2'), resourceArns: ['*'] });
  g1.combine(g2).applyBefore(resource);
}
app.synth();
