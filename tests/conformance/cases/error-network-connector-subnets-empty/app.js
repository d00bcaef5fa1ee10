// Conformance case 'error-network-connector-subnets-empty': error: a vpcEgress configuration whose
// vpcSubnets select no subnet (an empty `subnets` list): "vpcSubnets must select between 1 and 16
// subnets, got 0" on the connector
// Ported from aws-cdk: network-connector.test.ts 'throws when subnets list is empty' (its `subnets: []`
// is 2.276.0's vpcSubnets: { subnets: [] }; the message is 2.276.0's)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

new lambda.NetworkConnector(stack, 'MyConnector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
    vpc,
    vpcSubnets: { subnets: [] },
    securityGroups: [securityGroup],
    networkProtocol: lambda.NetworkConnectorProtocol.IPV4,
  }),
});

app.synth();
