// Conformance case 'integ-lambda-capacity-provider-all-fields': aws-lambda
// test/integ.capacity-provider-all-fields.ts. Dropped: the IntegTest (with its regions).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App({ context: { '@aws-cdk/core:disableGitSource': true } });
const stack = new cdk.Stack(app, 'CapacityProviderAllFieldsStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

const operatorRole = new iam.Role(stack, 'OperatorRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AWSLambdaManagedEC2ResourceOperator')],
});

new lambda.CapacityProvider(stack, 'CapacityProvider', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
  operatorRole: operatorRole,
  architectures: [lambda.Architecture.X86_64],
  instanceTypeFilter: lambda.InstanceTypeFilter.allow([ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE)]),
  maxVCpuCount: 12,
  scalingOptions: lambda.ScalingOptions.manual([
    lambda.TargetTrackingScalingPolicy.cpuUtilization(70),
  ]),
});

app.synth();
