// Conformance case 'error-network-connector-security-groups-empty': error: a vpcEgress configuration
// with no security group: "securityGroups must contain between 1 and 5 items, got 0" on the connector
// The lower bound of the check network-connector.test.ts 'throws when security groups exceeds 5' tests
// (error-network-connector-security-group-count has the upper one); the tests have no case of their own
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });

new lambda.NetworkConnector(stack, 'MyConnector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
    vpc,
    securityGroups: [],
  }),
});

app.synth();
