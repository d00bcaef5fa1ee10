// Conformance case 'iam-user': iam.User with no props and with a name, a path and managed policies
// (one added later, one twice), and a SingletonFunction that depends on a user.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/singleton-lambda.test.ts, 'dependencies are correctly added'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'UserStack');
const user = new iam.User(stack, 'user');
const readOnly = iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess');
const named = new iam.User(stack, 'Named', { userName: 'bob', path: '/ops/', managedPolicies: [readOnly] });
named.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Custom', 'arn:aws:iam::123456789012:policy/custom'));
named.addManagedPolicy(readOnly);
const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  code: lambda.Code.fromInline('def hello(): pass'),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.hello',
});
singleton.dependOn(user);
new cdk.CfnOutput(stack, 'UserName', { value: named.userName });
new cdk.CfnOutput(stack, 'UserArn', { value: named.userArn });
app.synth();
