// Conformance case 'capacity-provider-all-props': every CapacityProvider prop (a custom operator
// role, architectures, an allow filter built with InstanceType.of and new InstanceType, manual
// scaling, a KMS key, explicit tag propagation with an integer-like key, a log group and system
// log level), a second one with an exclude filter, Auto scaling and PropagateTags.none(), on
// imported subnets; the providers' name and ARN as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
const other = ec2.SecurityGroup.fromSecurityGroupId(stack, 'OtherSG', 'sg-12345');
const operatorRole = new iam.Role(stack, 'CustomOperatorRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
});
const kmsKey = new kms.Key(stack, 'Key');
const logGroup = new logs.LogGroup(stack, 'Logs');
const cp = new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
  capacityProviderName: 'my-capacity-provider',
  subnets: [...vpc.privateSubnets, vpc.publicSubnets[0]],
  securityGroups: [securityGroup, other],
  operatorRole,
  architectures: [lambda.Architecture.X86_64],
  instanceTypeFilter: lambda.InstanceTypeFilter.allow([
    ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
    ec2.InstanceType.of(ec2.InstanceClass.STANDARD5, ec2.InstanceSize.XLARGE2),
    new ec2.InstanceType('c7g.medium'),
  ]),
  maxVCpuCount: 12,
  scalingOptions: lambda.ScalingOptions.manual([
    lambda.TargetTrackingScalingPolicy.cpuUtilization(70),
    lambda.TargetTrackingScalingPolicy.cpuUtilization(42.5),
  ]),
  kmsKey,
  propagateTags: lambda.PropagateTags.explicit({ env: 'prod', team: 'platform', 7: 'seven' }),
  logGroup,
  systemLogLevel: lambda.SystemLogLevel.DEBUG,
});
new cdk.CfnOutput(stack, 'Name', { value: cp.capacityProviderName });
new cdk.CfnOutput(stack, 'Arn', { value: cp.capacityProviderArn });

const s1 = ec2.Subnet.fromSubnetId(stack, 'Subnet1', 'subnet-111');
const s2 = ec2.Subnet.fromSubnetAttributes(stack, 'Subnet2', {
  subnetId: 'subnet-222', availabilityZone: 'us-east-1a', routeTableId: 'rtb-222',
});
new cdk.CfnOutput(stack, 'Subnet2Az', { value: s2.availabilityZone });
new lambda.CapacityProvider(stack, 'Second', {
  subnets: [s1, s2],
  securityGroups: [other],
  architectures: [lambda.Architecture.ARM_64],
  instanceTypeFilter: lambda.InstanceTypeFilter.exclude([
    ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.NANO),
  ]),
  scalingOptions: lambda.ScalingOptions.auto(),
  propagateTags: lambda.PropagateTags.none(),
  systemLogLevel: lambda.SystemLogLevel.WARN,
});
app.synth();
