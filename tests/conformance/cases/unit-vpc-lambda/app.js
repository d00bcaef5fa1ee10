// Conformance case 'unit-vpc-lambda': aws-cdk's vpc-lambda.test.ts (aws-lambda), its tests that
// synthesize. The 'lambda in vpc' describe's tests share its beforeEach (stack 'stack', VPC, a function
// with allowAllOutbound false), here one stack with each test's additions (stack2 for the export/import
// test); each test with a `new cdk.Stack()` of its own is a named stack. The VPCs set
// restrictDefaultSecurityGroup: false (the default without feature flags), so that under the cdk init
// flags they get no Custom::VpcRestrictDefaultSG, whose handler asset is ccdk's own (see vpc-default).
// Ported from aws-cdk: vpc-lambda.test.ts 'has subnet and securitygroup', 'has securitygroup that is
// passed in props', 'has all the securitygroups that are passed as a list of SG in props', 'participates
// in Connections objects', 'can still make Connections after export/import', 'can pick public subnet for
// Lambda', 'can pick private subnet for Lambda', 'can pick isolated subnet for Lambda'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
const fn = new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
  vpc: vpc,
  allowAllOutbound: false,
});

// 'has securitygroup that is passed in props' (deprecated securityGroup)
new lambda.Function(stack, 'LambdaWithCustomSG', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
  vpc,
  securityGroup: new ec2.SecurityGroup(stack, 'CustomSecurityGroupX', { vpc }),
});

// 'has all the securitygroups that are passed as a list of SG in props'
new lambda.Function(stack, 'LambdaWithCustomSGList', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
  vpc,
  securityGroups: [
    new ec2.SecurityGroup(stack, 'CustomSecurityGroupA', { vpc }),
    new ec2.SecurityGroup(stack, 'CustomSecurityGroupB', { vpc }),
  ],
});

// 'participates in Connections objects' (the test's SomethingConnectable: a Connections)
const securityGroup = new ec2.SecurityGroup(stack, 'SomeSecurityGroup', { vpc });
const somethingConnectable = new ec2.Connections({ securityGroups: [securityGroup] });
fn.connections.allowTo(somethingConnectable, ec2.Port.allTcp(), 'Lambda can call connectable');

// 'can still make Connections after export/import'
const stack2 = new cdk.Stack(app, 'stack2');
const securityGroup2 = new ec2.SecurityGroup(stack2, 'SomeSecurityGroup', { vpc });
const somethingConnectable2 = new ec2.Connections({ securityGroups: [securityGroup2] });
somethingConnectable2.allowFrom(fn.connections, ec2.Port.allTcp(), 'Lambda can call connectable');

// 'can pick public subnet for Lambda'
{
  const s = new cdk.Stack(app, 'PublicStack');
  const v = new ec2.Vpc(s, 'VPC', { restrictDefaultSecurityGroup: false });
  new lambda.Function(s, 'PublicLambda', {
    allowPublicSubnet: true,
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_14_X,
    vpc: v,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  });
}

// 'can pick private subnet for Lambda'
{
  const s = new cdk.Stack(app, 'PrivateStack');
  const v = new ec2.Vpc(s, 'VPC', { restrictDefaultSecurityGroup: false });
  new lambda.Function(s, 'PrivateLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_14_X,
    vpc: v,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
}

// 'can pick isolated subnet for Lambda'
{
  const s = new cdk.Stack(app, 'IsolatedStack');
  const v = new ec2.Vpc(s, 'VPC', {
    restrictDefaultSecurityGroup: false,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  new lambda.Function(s, 'IsolatedLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_14_X,
    vpc: v,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  });
}

app.synth();
