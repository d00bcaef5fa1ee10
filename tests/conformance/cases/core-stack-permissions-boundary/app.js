// Conformance case 'core-stack-permissions-boundary': core: stack.test.ts's permissionsBoundary:
// PermissionsBoundary.fromName in an environment-agnostic stack (the ARN of the stack's partition
// and account), fromArn with ${Qualifier} and ${AWS::AccountId} in a stack with an account (and a
// custom qualifier, and its nested stack's, of the parent's qualifier), a Stage's boundary for its stacks and a stack's own over it; on roles (a
// function's, one with a boundary of its own), users and a nested stack's role
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

const byName = new cdk.Stack(app, 'ByName', { permissionsBoundary: cdk.PermissionsBoundary.fromName('developer-policy') });
new lambda.Function(byName, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
new iam.Role(byName, 'Bounded', {
  assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
  permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'),
});
new iam.User(byName, 'User');
const nested = new cdk.NestedStack(byName, 'Nested');
new iam.Role(nested, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
new cdk.CfnResource(byName, 'Topic', { type: 'AWS::SNS::Topic' });

const byArn = new cdk.Stack(app, 'ByArn', {
  env: { account: '123456789012', region: 'eu-west-1' },
  synthesizer: new cdk.DefaultStackSynthesizer({ qualifier: 'custom' }),
  permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::${AWS::AccountId}:policy/cdk-${Qualifier}-boundary-${AWS::Region}'),
});
new iam.Role(byArn, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
new iam.Role(new cdk.NestedStack(byArn, 'Nested'), 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });

const stage = new cdk.Stage(app, 'Stage', {
  env: { account: '123456789012', region: 'us-east-1' },
  permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::123456789012:policy/stage'),
});
const own = new cdk.Stack(stage, 'Own', { permissionsBoundary: cdk.PermissionsBoundary.fromName('own') });
new iam.Role(own, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
const inherited = new cdk.Stack(stage, 'Inherited');
new iam.Role(inherited, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });

const none = new cdk.Stack(app, 'None');
new iam.Role(none, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });

app.synth();
