// Conformance case 'unit-iam-statement-helpers': aws-iam policy-document.test.ts and
// policy-statement.test.ts, PolicyStatement's shorthands: addAwsAccountPrincipal (twice),
// addAccountCondition, addServicePrincipal (with conditions too), addSourceAccountCondition,
// addSourceArnCondition, addAccountRootPrincipal, addAnyPrincipal, addCanonicalUserPrincipal,
// addArnPrincipal, addConditions (merged into addCondition's operator); documents as properties of
// Custom::Doc resources, in a stack with an environment too (the account root there is the stack's
// account), and conditions on a role's DefaultPolicy.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const put = (id, doc) => new cdk.CfnResource(stack, id, { type: 'Custom::Doc', properties: { Document: doc } });
const docOf = (...ss) => { const d = new iam.PolicyDocument(); d.addStatements(...ss); return d; };
{
  // 'the Permission class is a programming model for iam'
  const p = new iam.PolicyStatement();
  p.addActions('sqs:SendMessage');
  p.addActions('dynamodb:CreateTable', 'dynamodb:DeleteTable');
  p.addResources('myQueue');
  p.addResources('yourQueue');
  p.addAllResources();
  p.addAwsAccountPrincipal(`my${cdk.Aws.ACCOUNT_ID}name`);
  p.addAccountCondition('12221121221');
  put('ProgrammingModel', docOf(p));
}
{
  // 'addSourceAccountCondition and addSourceArnCondition for cross-service resource access'
  const p = new iam.PolicyStatement();
  p.addActions('sns:Publish');
  p.addResources('myTopic');
  p.addAllResources();
  p.addServicePrincipal('s3.amazonaws.com');
  p.addSourceAccountCondition('12221121221');
  p.addSourceArnCondition('bucketArn');
  put('SourceConditions', docOf(p));
}
{
  // 'addAccountRootPrincipal adds a principal with the current account root'
  const p = new iam.PolicyStatement();
  p.addActions('service:action');
  p.addAccountRootPrincipal();
  put('AccountRoot', docOf(p));
}
{
  // 'addAwsAccountPrincipal can be used multiple times'
  const p = new iam.PolicyStatement();
  p.addActions('service:action');
  p.addAwsAccountPrincipal('1234');
  p.addAwsAccountPrincipal('5678');
  put('TwoAccounts', docOf(p));
}
{
  // 'is represented as `addAnyPrincipal`' and 'addCanonicalUserPrincipal can be used ...'
  const s = new iam.PolicyStatement();
  s.addAnyPrincipal();
  const s1 = new iam.PolicyStatement();
  s1.addCanonicalUserPrincipal('cannonical-user-1');
  const s2 = new iam.PolicyStatement();
  s2.addPrincipals(new iam.CanonicalUserPrincipal('cannonical-user-2'));
  put('AnyAndCanonical', docOf(s, s1, s2));
}
{
  // 'policy statements with multiple principal types can be created using multiple addPrincipal calls'
  const s = new iam.PolicyStatement();
  s.addArnPrincipal('349494949494');
  s.addServicePrincipal('test.service');
  s.addResources('resource');
  s.addActions('service:action');
  put('MultiplePrincipalTypes', docOf(s));
}
{
  // addConditions merges into what addCondition gave; a service principal's conditions
  const s = new iam.PolicyStatement();
  s.addActions('service:action');
  s.addCondition('StringEquals', { 'aws:PrincipalTag/team': 'a' });
  s.addConditions({ StringEquals: { 'aws:RequestedRegion': 'us-east-1' }, Bool: { 'aws:SecureTransport': 'true' } });
  s.addServicePrincipal('lambda.amazonaws.com', { conditions: { StringLike: { 'aws:SourceArn': 'arn:aws:lambda:*' } } });
  s.addServicePrincipal('lambda.amazonaws.com', { conditions: { StringLike: { 'aws:SourceArn': 'arn:aws:lambda:*' } } });
  put('Conditions', docOf(s));
}

// in a stack with an environment: 'regional service principals resolve appropriately' (cn-north-1)
// and the account root of the stack's account, as a document; conditions on a role's DefaultPolicy
const envStack = new cdk.Stack(app, 'EnvStack', { env: { account: '111122223333', region: 'cn-north-1' } });
{
  const s = new iam.PolicyStatement();
  s.addActions('test:Action');
  s.addServicePrincipal('codedeploy.amazonaws.com');
  s.addServicePrincipal('test.service-principal.dev');
  const r = new iam.PolicyStatement();
  r.addActions('sts:AssumeRole');
  r.addAccountRootPrincipal();
  r.addSourceAccountCondition(envStack.account);
  const d = new iam.PolicyDocument();
  d.addStatements(s, r);
  new cdk.CfnResource(envStack, 'Doc', { type: 'Custom::Doc', properties: { Document: d } });
}
const role = new iam.Role(envStack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
{
  const s = new iam.PolicyStatement();
  s.addActions('sqs:SendMessage');
  s.addAllResources();
  s.addSourceArnCondition('arn:aws-cn:sns:cn-north-1:111122223333:Topic');
  s.addConditions({ StringEquals: { 'aws:RequestedRegion': 'cn-north-1' } });
  s.addAccountCondition('444455556666');
  role.addToPolicy(s);
}
app.synth();
