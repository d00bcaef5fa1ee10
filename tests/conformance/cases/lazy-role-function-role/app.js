// Conformance case 'lazy-role-function-role': a LazyRole as a Function's role (role: lazyRole;
// in C, ccdk_iam_lazy_role_role): the Function reads its ARN, so the Role is made then, with the
// statements granted to the LazyRole before; grants to the Function (its grantPrincipal is the
// LazyRole) after: a Secret's grantRead in its stack, and one of another account (the secret's
// resource policy names the role; the role's policy the secret's ARN with "-??????").
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', { env: { account: '111111111111', region: 'eu-west-1' } });
const shared = new secretsmanager.Secret(producer, 'Shared', { secretName: 'shared', encryptionKey: new kms.Key(producer, 'Key') });

const stack = new cdk.Stack(app, 'Functions', { env: { account: '222222222222', region: 'eu-west-1' } });
const role = new iam.LazyRole(stack, 'Lazy', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  roleName: 'fn-role',
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
});
role.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
const fn = new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  role,
});
const local = new secretsmanager.Secret(stack, 'Local');
local.grantRead(fn);
shared.grantRead(fn);
new cdk.CfnOutput(stack, 'RoleArn', { value: fn.role.roleArn });
app.synth();
