// Conformance case 'integ-lambda-network-connector-defaults': aws-lambda
// test/integ.network-connector-defaults.ts (the IntegTest is dropped; app.synth() added, as the integ
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
const stack = new cdk.Stack(app, 'NetworkConnectorDefaultsStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

new lambda.NetworkConnector(stack, 'NetworkConnector', {
  networkConnectorName: 'integ-test-connector',
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    securityGroups: [securityGroup],
    networkProtocol: lambda.NetworkConnectorProtocol.IPV4,
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
  }),
});

app.synth();
