// Conformance case 'unit-iam-cross-account': aws-iam cross-account.test.ts, a pair of stacks per test
// (Stack1 in 123456789012, Stack2 in 567890123456): Grant.addToPrincipalOrResource on a resource
// with a resource policy of its own, to a role of another account (policy and trust), a service
// principal (trust), imported roles of a third account, of the same account (literal and partition
// token ARNs), from an agnostic stack, an agnostic imported role, an immutable import.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack1Account = '123456789012';
const stack2Account = '567890123456';
const thirdAccount = '901234567890';

// the test's FakeResource extends cdk.Resource; here a Construct with the env a Resource has (ccdk has
// no plain Resource construct: the tree's fqn would differ)
class FakeResource extends Construct {
  constructor(scope, id) {
    super(scope, id);
    const stack = cdk.Stack.of(this);
    this.stack = stack;
    this.env = { account: stack.account, region: stack.region };
    this.arn = 'arn:aws:resource';
    this.policy = new iam.PolicyDocument();
    new cdk.CfnResource(this, 'Default', {
      type: 'Test::Fake::Resource',
      properties: { ResourcePolicy: cdk.Lazy.any({ produce: () => this.policy }) },
    });
  }
  addToResourcePolicy(statement) {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}
function doGrant(resource, principal) {
  iam.Grant.addToPrincipalOrResource({ actions: ['some:action'], grantee: principal, resourceArns: [resource.arn], resource });
}
// beforeEach's Stack1 is made only where a test puts something in it (T1)
function stacks(t) {
  return [
    t === 'T1' ? new cdk.Stack(app, `${t}Stack1`, { env: { account: stack1Account, region: 'us-bla-5' } }) : undefined,
    new cdk.Stack(app, `${t}Stack2`, { env: { account: stack2Account, region: 'us-bla-5' } }),
  ];
}
{
  const [stack1, stack2] = stacks('T1');
  const role = new iam.Role(stack1, 'Role', {
    roleName: cdk.PhysicalName.GENERATE_IF_NEEDED,
    assumedBy: new iam.ServicePrincipal('some.service'),
  });
  doGrant(new FakeResource(stack2, 'Resource'), role);
}
{
  const [, stack2] = stacks('T2');
  doGrant(new FakeResource(stack2, 'Resource'), new iam.ServicePrincipal('service.amazonaws.com'));
}
{
  const [, stack2] = stacks('T3');
  const resource = new FakeResource(stack2, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', `arn:aws:iam::${thirdAccount}:role/S3Access`, { mutable: true }));
}
{
  const [, stack2] = stacks('T4');
  const resource = new FakeResource(stack2, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', `arn:${stack2.partition}:iam::${thirdAccount}:role/S3Access`, { mutable: true }));
}
{
  const [, stack2] = stacks('T5');
  const resource = new FakeResource(stack2, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', `arn:aws:iam::${stack2Account}:role/S3Access`, { mutable: true }));
}
{
  const [, stack2] = stacks('T6');
  const resource = new FakeResource(stack2, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', `arn:${stack2.partition}:iam::567890123456:role/S3Access`, { mutable: true }));
}
{
  const [, stack2] = stacks('T7');
  const stack = new cdk.Stack(app, 'T7AgStack');
  const resource = new FakeResource(stack, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', 'arn:aws:iam::567890123456:role/S3Access', { mutable: true }));
}
{
  const [, stack2] = stacks('T8');
  const stack = new cdk.Stack(app, 'T8AgStack');
  const resource = new FakeResource(stack, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', `arn:aws:iam::${cdk.Aws.ACCOUNT_ID}:role/S3Access`, { mutable: true }));
}
{
  const [, stack2] = stacks('T9');
  const resource = new FakeResource(stack2, 'Resource');
  doGrant(resource, iam.Role.fromRoleArn(stack2, 'Role', `arn:aws:iam::${stack2Account}:role/S3Access`, { mutable: false }));
}
app.synth();
