// Conformance case 'iam-lazy-role-grantee': a LazyRole as a grantee (its own grantPrincipal): grants
// to it wait for the role and make none (unread: no role, no policy); its ARN read after a grant, or
// before one (an unread one's invalid props: no error); addToPrincipalPolicy / addToPolicy /
// attachInlinePolicy / addManagedPolicy; grant, grantPassRole and grantAssumeRole (they make the
// role), another LazyRole as their grantee; a Grant's dependency (empty while the role is not made);
// a PrincipalWithConditions around it; as a Function's role (the Function reads its ARN),
// fn.grantInvoke (its policyFragment makes the role) and fn.grantInvokeUrl (does not); SQS (with a
// KMS key), KMS and DynamoDB grants (DynamoDB's isServicePrincipal reads the policyFragment); as a
// statement's principal and as a Role's assumedBy (both make it); under customizeRoles.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const lazy = (scope, id) => new iam.LazyRole(scope, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const allow = (action) => new iam.PolicyStatement({ actions: [action], resources: ['*'] });
const newFn = (stack, id, props) => new lambda.Function(stack, id, {
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  ...props,
});
{
  // grants to a LazyRole that nothing reads: no role, no policy (nor an error of its props)
  const stack = new cdk.Stack(app, 'Unread');
  const role = lazy(stack, 'Lazy');
  new sqs.Queue(stack, 'Queue').grantSendMessages(role);
  iam.Grant.addToPrincipal({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['*'] });
  role.addToPrincipalPolicy(allow('sns:Publish'));
  newFn(stack, 'Fn').grantInvokeUrl(role);
  // props are Role's to check: a LazyRole never made has no error
  new iam.LazyRole(stack, 'Invalid', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), roleName: 'bad name' });
}
{
  // grants, then the ARN read: the role with every statement
  const stack = new cdk.Stack(app, 'GrantThenRead');
  const role = lazy(stack, 'Lazy');
  new sqs.Queue(stack, 'Queue').grantConsumeMessages(role);
  role.addToPrincipalPolicy(allow('sns:Publish'));
  role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
  new cdk.CfnOutput(stack, 'Arn', { value: role.roleArn });
  new sqs.Queue(stack, 'Later').grantPurge(role);
}
{
  // the name read first, then grants (straight to the role's policy)
  const stack = new cdk.Stack(app, 'ReadThenGrant');
  const role = lazy(stack, 'Lazy');
  new cdk.CfnOutput(stack, 'Name', { value: role.roleName });
  new sqs.Queue(stack, 'Queue').grantSendMessages(role);
  role.addToPolicy(allow('sns:Publish'));
}
{
  // grant / grantPassRole / grantAssumeRole make the role; another LazyRole as their grantee waits
  const stack = new cdk.Stack(app, 'RoleGrants');
  const role = lazy(stack, 'Lazy');
  const user = new iam.User(stack, 'User');
  role.grantPassRole(user);
  role.grant(user, 'iam:GetRole', 'iam:TagRole');
  const other = new iam.LazyRole(stack, 'Other', { assumedBy: new iam.AccountRootPrincipal() });
  role.grantAssumeRole(other);
  const third = lazy(stack, 'Third');
  role.grantPassRole(third);
  new cdk.CfnOutput(stack, 'ThirdId', { value: third.roleId });
}
{
  // a Grant's dependency: the LazyRole (nothing while no role is made), then its DefaultPolicy
  const stack = new cdk.Stack(app, 'Dependency');
  const unread = lazy(stack, 'Unread');
  const first = new cdk.CfnResource(stack, 'First', { type: 'CDK::Test::Resource' });
  iam.Grant.addToPrincipal({ grantee: unread, actions: ['s3:GetObject'], resourceArns: ['*'] }).applyBefore(first);
  const read = lazy(stack, 'Read');
  const second = new cdk.CfnResource(stack, 'Second', { type: 'CDK::Test::Resource' });
  iam.Grant.addToPrincipal({ grantee: read, actions: ['s3:GetObject'], resourceArns: ['*'] }).applyBefore(second);
  void read.roleArn;
  const third = new cdk.CfnResource(stack, 'Third', { type: 'CDK::Test::Resource' });
  iam.Grant.addToPrincipal({ grantee: read, actions: ['s3:PutObject'], resourceArns: ['*'] }).applyBefore(third);
  // a PrincipalWithConditions around it: grants reach the LazyRole
  const wrapped = lazy(stack, 'Wrapped');
  iam.Grant.addToPrincipal({
    grantee: new iam.PrincipalWithConditions(wrapped, { StringEquals: { 'aws:something': 'happy' } }),
    actions: ['s3:DeleteObject'], resourceArns: ['*'],
  });
  new cdk.CfnOutput(stack, 'WrappedArn', { value: wrapped.roleArn });
}
{
  // as a Function's role: statements added before wait, the Function reads the ARN
  const stack = new cdk.Stack(app, 'FunctionRole');
  const role = lazy(stack, 'Lazy');
  new sqs.Queue(stack, 'Queue').grantSendMessages(role);
  const fn = newFn(stack, 'Fn', { role, initialPolicy: [allow('sns:Publish')] });
  fn.addToRolePolicy(allow('s3:GetObject'));
  // fn.grantInvoke reads the policyFragment (its identifier): the role is made
  const invoker = lazy(stack, 'Invoker');
  fn.grantInvoke(invoker);
  // fn.grantInvokeUrl names it by toString(): nothing made
  const urlInvoker = lazy(stack, 'UrlInvoker');
  fn.grantInvokeUrl(urlInvoker);
  // across accounts: the Permission's principal is the role's ARN
  const imported = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
    functionArn: 'arn:aws:lambda:us-east-1:222222222222:function:other', skipPermissions: true,
  });
  const crossInvoker = lazy(stack, 'CrossInvoker');
  imported.grantInvokeUrl(crossInvoker);
}
{
  // KMS, SQS with a key, DynamoDB
  const stack = new cdk.Stack(app, 'Services', { env: { account: '111111111111', region: 'eu-west-1' } });
  const key = new kms.Key(stack, 'Key');
  const kmsRole = lazy(stack, 'KmsLazy');
  key.grantDecrypt(kmsRole);
  const sqsRole = lazy(stack, 'SqsLazy');
  new sqs.Queue(stack, 'Queue', { encryptionMasterKey: key }).grantSendMessages(sqsRole);
  new cdk.CfnOutput(stack, 'SqsArn', { value: sqsRole.roleArn });
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  table.grantReadData(lazy(stack, 'TableLazy'));
}
{
  // as a principal: of a resource policy's statement, of a Role's trust policy
  const stack = new cdk.Stack(app, 'AsPrincipal');
  const queue = new sqs.Queue(stack, 'Queue');
  const inPolicy = lazy(stack, 'InPolicy');
  queue.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn], principals: [inPolicy] }));
  const trusted = lazy(stack, 'Trusted');
  new iam.Role(stack, 'Trusting', { assumedBy: trusted });
  const composite = lazy(stack, 'InComposite');
  new iam.Role(stack, 'TrustingComposite', { assumedBy: new iam.CompositePrincipal(composite, new iam.ServicePrincipal('ec2.amazonaws.com')) });
}
{
  // under customizeRoles: grants go to the precreated role's report once the role is made
  const stack = new cdk.Stack(app, 'Precreated');
  iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'Precreated/Lazy/Default': 'precreated-role' } });
  const role = lazy(stack, 'Lazy');
  new sqs.Queue(stack, 'Queue').grantSendMessages(role);
  new cdk.CfnOutput(stack, 'Arn', { value: role.roleArn });
}
app.synth();
