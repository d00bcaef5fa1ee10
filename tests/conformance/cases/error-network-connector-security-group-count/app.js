// Conformance case 'error-network-connector-security-group-count': error: six security groups on a
// vpcEgress configuration: "securityGroups must contain between 1 and 5 items, got 6"
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const groups = Array.from({ length: 6 }, (_, i) => ec2.SecurityGroup.fromSecurityGroupId(stack, `SG${i}`, `sg-${i}`));

new lambda.NetworkConnector(stack, 'Connector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
    vpc,
    securityGroups: groups,
  }),
});

app.synth();
