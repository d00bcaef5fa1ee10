// Conformance case 'ported-capacity-provider-tests': aws-cdk's capacity-provider.test.ts (aws-lambda)
// ported literally: the describe's beforeEach (a `new cdk.Stack()`, Vpc 'Vpc', its first two private
// subnets, SecurityGroup 'SecurityGroup') with 'with all properties configured' in the Default stack,
// each other synthesizing test a stack of its own with the same beforeEach (their ids collide).
// Ported from aws-cdk: capacity-provider.test.ts 'with minimal properties', 'with all properties
// configured', 'with excluded instance types', 'with Auto scaling mode', 'creates default operator
// role', 'uses custom operator role without creating default', 'omits KMS key when not provided',
// 'default operator role trusts lambda service', 'creates exactly one capacity provider resource',
// 'creates default IAM resources when not provided', 'does not create IAM resources when provided',
// addFunction's 'configures function with capacity provider', 'configures function with all options',
// 'configures function with only scaling config'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
// beforeEach
const given = (id) => {
  const stack = new cdk.Stack(app, id);
  const vpc = new ec2.Vpc(stack, 'Vpc');
  const subnets = vpc.privateSubnets.slice(0, 2);
  const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
  return { stack, subnets, securityGroup };
};

{
  // 'with all properties configured'
  const { stack, subnets, securityGroup } = given(undefined);
  const operatorRole = new iam.Role(stack, 'CustomOperatorRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  const kmsKey = new kms.Key(stack, 'Key');
  new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
    capacityProviderName: 'my-capacity-provider',
    subnets,
    securityGroups: [securityGroup],
    operatorRole: operatorRole,
    architectures: [lambda.Architecture.X86_64],
    instanceTypeFilter: lambda.InstanceTypeFilter.allow([
      ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
    ]),
    maxVCpuCount: 12,
    scalingOptions: lambda.ScalingOptions.manual([
      lambda.TargetTrackingScalingPolicy.cpuUtilization(70),
    ]),
    kmsKey,
  });
}
{
  // 'with minimal properties' (and the other tests of this one provider)
  const { stack, subnets, securityGroup } = given('Minimal');
  new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
    subnets,
    securityGroups: [securityGroup],
  });
}
{
  // 'with excluded instance types'
  const { stack, subnets, securityGroup } = given('Excluded');
  new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
    subnets,
    securityGroups: [securityGroup],
    instanceTypeFilter: lambda.InstanceTypeFilter.exclude([
      ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.NANO),
    ]),
  });
}
{
  // 'with Auto scaling mode'
  const { stack, subnets, securityGroup } = given('Auto');
  new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
    subnets,
    securityGroups: [securityGroup],
    scalingOptions: lambda.ScalingOptions.auto(),
  });
}
{
  // 'uses custom operator role without creating default'
  const { stack, subnets, securityGroup } = given('CustomRole');
  const customRole = new iam.Role(stack, 'CustomRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
    subnets,
    securityGroups: [securityGroup],
    operatorRole: customRole,
  });
}
{
  // 'does not create IAM resources when provided'
  const { stack, subnets, securityGroup } = given('OperatorRole');
  const operatorRole = new iam.Role(stack, 'CustomOperatorRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
    subnets,
    securityGroups: [securityGroup],
    operatorRole: operatorRole,
  });
}
// describe('addFunction'): beforeEach
const givenProvider = (id) => {
  const g = given(id);
  g.capacityProvider = new lambda.CapacityProvider(g.stack, 'MyCapacityProvider', {
    subnets: g.subnets,
    securityGroups: [g.securityGroup],
  });
  return g;
};
{
  // 'configures function with capacity provider'
  const { stack, capacityProvider } = givenProvider('AddFunction');
  const func = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
  });
  capacityProvider.addFunction(func);
}
{
  // 'configures function with all options'
  const { stack, capacityProvider } = givenProvider('AddFunctionAllOptions');
  const func = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
  });
  capacityProvider.addFunction(func, {
    perExecutionEnvironmentMaxConcurrency: 10,
    executionEnvironmentMemoryGiBPerVCpu: 2,
    latestPublishedScalingConfig: {
      minExecutionEnvironments: 1,
      maxExecutionEnvironments: 5,
    },
    publishToLatestPublished: true,
  });
}
{
  // 'configures function with only scaling config'
  const { stack, capacityProvider } = givenProvider('AddFunctionScaling');
  const func = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_18_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
  });
  capacityProvider.addFunction(func, {
    latestPublishedScalingConfig: {
      minExecutionEnvironments: 2,
    },
  });
}

app.synth();
