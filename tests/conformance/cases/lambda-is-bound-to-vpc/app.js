// Conformance case 'lambda-is-bound-to-vpc'
// Upstream: aws-lambda/test/singleton-lambda.test.ts 'bind to vpc and access connections'
// (singleton.isBoundToVpc, singleton.connections' security groups), with isBoundToVpc of the other
// IFunctions: a Function with and without a VPC, its version and alias (false, as aws-cdk-lib's
// FunctionBase has it), imports with and without a security group id. Values are outputs; the VPC
// without restrictDefaultSecurityGroup (its handler is ccdk's own under the init flags).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { maxAzs: 2, restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'SG', { vpc });
const bound = (id, fn) => new cdk.CfnOutput(stack, `${id}Bound`, { value: `${fn.isBoundToVpc}` });

const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  code: new lambda.InlineCode('foo'),
  runtime: lambda.Runtime.NODEJS_14_X,
  handler: 'index.handler',
  securityGroups: [securityGroup],
  vpc,
});
bound('Singleton', singleton);
new cdk.CfnOutput(stack, 'SingletonGroups', { value: `${singleton.connections.securityGroups.length}` });
new cdk.CfnOutput(stack, 'SingletonGroup', { value: singleton.connections.securityGroups[0].securityGroupId });

const plain = new lambda.Function(stack, 'Plain', {
  code: new lambda.InlineCode('foo'), runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler',
});
bound('PlainFunction', plain);
const inVpc = new lambda.Function(stack, 'InVpc', {
  code: new lambda.InlineCode('foo'), runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler', vpc,
});
bound('VpcFunction', inVpc);
bound('VpcFunctionVersion', inVpc.currentVersion);
bound('VpcFunctionAlias', new lambda.Alias(stack, 'Alias', { aliasName: 'live', version: inVpc.currentVersion }));
bound('ImportWithGroup', lambda.Function.fromFunctionAttributes(stack, 'ImportWithGroup', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:with-group', securityGroupId: 'sg-12345',
}));
bound('ImportWithoutGroup', lambda.Function.fromFunctionArn(stack, 'ImportWithoutGroup',
  'arn:aws:lambda:us-east-1:123456789012:function:without-group'));
app.synth();
