// Conformance case 'logs-log-group-grants-cfn': LogGroupGrants.fromLogGroup on a CfnLogGroup. The
// upstream test (write to a service principal: the group's own resource policy "LogGroupPolicy"),
// then in a pinned stack: two more calls sharing that policy (another service principal, read to an
// ARN principal of another account, actions to the stack's account), a role's write (its own policy
// only), grants on a LogGroup's CfnLogGroup (a policy under it, apart from the LogGroup's "Policy"),
// and a CfnLogGroup with every property.
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts ('grant write to service principal for CfnLogGroup').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Upstream');
  const cfnLogGroup = new logs.CfnLogGroup(stack, 'CfnLogGroup');
  logs.LogGroupGrants.fromLogGroup(cfnLogGroup).write(new iam.ServicePrincipal('lambda.amazonaws.com'));
}
{
  const stack = new cdk.Stack(app, 'Pinned', { env: { account: '111111111111', region: 'us-east-1' } });
  const cfn = new logs.CfnLogGroup(stack, 'CfnLogGroup', { logGroupName: 'named' });
  logs.LogGroupGrants.fromLogGroup(cfn).write(new iam.ServicePrincipal('lambda.amazonaws.com'));
  logs.LogGroupGrants.fromLogGroup(cfn).write(new iam.ServicePrincipal('es.amazonaws.com'));
  logs.LogGroupGrants.fromLogGroup(cfn).read(new iam.ArnPrincipal('arn:aws:iam::123456789012:user/u'));
  logs.LogGroupGrants.fromLogGroup(cfn).actions(new iam.AccountPrincipal('111111111111'), ['logs:PutRetentionPolicy']);
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  logs.LogGroupGrants.fromLogGroup(cfn).write(role);
  logs.LogGroupGrants.fromLogGroup(cfn).read(role);
  const lg = new logs.LogGroup(stack, 'LG');
  logs.LogGroupGrants.fromLogGroup(lg.node.defaultChild).write(new iam.ServicePrincipal('lambda.amazonaws.com'));
  lg.grantWrite(new iam.ServicePrincipal('lambda.amazonaws.com'));
}
{
  const stack = new cdk.Stack(app, 'Props');
  const full = new logs.CfnLogGroup(stack, 'Full', {
    logGroupName: 'full',
    retentionInDays: 14,
    kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    logGroupClass: 'INFREQUENT_ACCESS',
    deletionProtectionEnabled: true,
    bearerTokenAuthenticationEnabled: false,
    dataProtectionPolicy: { Name: 'p', Statement: [] },
    fieldIndexPolicies: [{ Fields: ['a', 'b'] }],
    resourcePolicyDocument: { Version: '2012-10-17', Statement: [] },
    tags: [{ key: 'k', value: 'v' }],
  });
  full.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  const p = new cdk.CfnParameter(stack, 'Days', { type: 'Number', default: 7 });
  new logs.CfnLogGroup(stack, 'Token', { retentionInDays: p.valueAsNumber });
  cdk.Tags.of(stack).add('stack-tag', 'x');
}

app.synth();
