// Conformance case 'ported-vpc-lambda': aws-cdk's vpc-lambda.test.ts (aws-lambda) ported literally,
// the same ids, props and subjects: describe('lambda in vpc')'s beforeEach (stack 'stack', its VPC and
// function 'Lambda' with allowAllOutbound false) once, with each of its tests' additions (their ids do
// not collide; stack2 for the export/import test); the tests with a `new cdk.Stack()` of their own a
// stack each, 'can pick public subnet for Lambda' in the Default stack. The test's
// SomethingConnectable is its ec2.Connections.
// Ported from aws-cdk: vpc-lambda.test.ts 'has subnet and securitygroup', 'has securitygroup that is
// passed in props', 'has all the securitygroups that are passed as a list of SG in props',
// 'participates in Connections objects', 'can still make Connections after export/import', 'can pick
// public subnet for Lambda', 'can pick private subnet for Lambda', 'can pick isolated subnet for Lambda'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
{
  // describe('lambda in vpc'): beforeEach
  const stack = new cdk.Stack(app, 'stack');
  const vpc = new ec2.Vpc(stack, 'VPC');
  const fn = new lambda.Function(stack, 'Lambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    vpc: vpc,
    allowAllOutbound: false,
  });

  // 'has securitygroup that is passed in props'
  new lambda.Function(stack, 'LambdaWithCustomSG', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    vpc,
    securityGroup: new ec2.SecurityGroup(stack, 'CustomSecurityGroupX', { vpc }),
  });

  // 'has all the securitygroups that are passed as a list of SG in props'
  new lambda.Function(stack, 'LambdaWithCustomSGList', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    vpc,
    securityGroups: [
      new ec2.SecurityGroup(stack, 'CustomSecurityGroupA', { vpc }),
      new ec2.SecurityGroup(stack, 'CustomSecurityGroupB', { vpc }),
    ],
  });

  {
    // 'participates in Connections objects'
    const securityGroup = new ec2.SecurityGroup(stack, 'SomeSecurityGroup', { vpc });
    const somethingConnectable = new ec2.Connections({ securityGroups: [securityGroup] });
    fn.connections.allowTo(somethingConnectable, ec2.Port.allTcp(), 'Lambda can call connectable');
  }
  {
    // 'can still make Connections after export/import'
    const stack2 = new cdk.Stack(app, 'stack2');
    const securityGroup = new ec2.SecurityGroup(stack2, 'SomeSecurityGroup', { vpc });
    const somethingConnectable = new ec2.Connections({ securityGroups: [securityGroup] });
    somethingConnectable.allowFrom(fn.connections, ec2.Port.allTcp(), 'Lambda can call connectable');
  }
}
{
  // 'can pick public subnet for Lambda'
  const stack = new cdk.Stack(app);
  const vpc = new ec2.Vpc(stack, 'VPC');
  new lambda.Function(stack, 'PublicLambda', {
    allowPublicSubnet: true,
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  });
}
{
  // 'can pick private subnet for Lambda'
  const stack = new cdk.Stack(app, 'PrivateSubnet');
  const vpc = new ec2.Vpc(stack, 'VPC');
  new lambda.Function(stack, 'PrivateLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
}
{
  // 'can pick isolated subnet for Lambda'
  const stack = new cdk.Stack(app, 'IsolatedSubnet');
  const vpc = new ec2.Vpc(stack, 'VPC', {
    subnetConfiguration: [
      {
        name: 'Isolated',
        subnetType: ec2.SubnetType.PRIVATE_ISOLATED,
      },
    ],
  });
  new lambda.Function(stack, 'IsolatedLambda', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  });
}
app.synth();
