// Conformance case 'integ-lambda-network-connector-all-fields': aws-lambda
// test/integ.network-connector-all-fields.ts (the IntegTest is dropped; app.synth() added, as the integ
// runner synthesizes the app). The integ file is newer than aws-cdk-lib 2.276.0: its
// NetworkConnectorConfig.vpcEgress({subnets: vpc.privateSubnets, associatedComputeResourceTypes:
// [ComputeType.MICROVMS]}) is 2.276.0's NetworkConnectorConfiguration.vpcEgress({vpc, vpcSubnets:
// {subnetType: PRIVATE_WITH_EGRESS} (the same subnets), computeType: MICRO_VM}).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'NetworkConnectorAllFieldsStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
const securityGroup1 = new ec2.SecurityGroup(stack, 'SecurityGroup1', { vpc });
const securityGroup2 = new ec2.SecurityGroup(stack, 'SecurityGroup2', { vpc });

const operatorRole = new iam.Role(stack, 'OperatorRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('AWSLambdaNetworkConnectorOperatorPolicy'),
  ],
});

new lambda.NetworkConnector(stack, 'NetworkConnector', {
  networkConnectorName: 'integ-test-all-fields',
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    securityGroups: [securityGroup1, securityGroup2],
    networkProtocol: lambda.NetworkConnectorProtocol.IPV4,
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
  }),
  operatorRole,
});

app.synth();
