// Conformance case 'network-connector-all-props': every NetworkConnector prop: a name, MicroVm,
// DualStack, a subnet selection, several security groups (one imported), tags (with Tags.of's), and
// operator roles: one of this app (the policy attached, a warning), one imported by ARN and one by
// name (not modified, a warning naming the ARN or only the path).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
cdk.Tags.of(stack).add('team', 'network');

const vpc = new ec2.Vpc(stack, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  natGateways: 0,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  ],
});
const sg1 = new ec2.SecurityGroup(stack, 'SG1', { vpc, allowAllOutbound: false });
const sg2 = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG2', 'sg-0123456789abcdef0');

const operatorRole = new iam.Role(stack, 'OperatorRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  roleName: 'connector-operator',
});

const connector = new lambda.NetworkConnector(stack, 'Connector', {
  networkConnectorName: 'my-connector',
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
    vpc,
    vpcSubnets: { subnetGroupName: 'Data' },
    securityGroups: [sg1, sg2],
    networkProtocol: lambda.NetworkConnectorProtocol.DUAL_STACK,
  }),
  operatorRole,
  tags: { 'z-last': 'z', team: 'connector', '10': 'ten' },
});

new lambda.NetworkConnector(stack, 'ImportedRoleConnector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC, onePerAz: true },
    securityGroups: [sg1],
    networkProtocol: lambda.NetworkConnectorProtocol.IPV4,
  }),
  operatorRole: iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/network-operator'),
});

new lambda.NetworkConnector(stack, 'NamedRoleConnector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION,
    vpc,
    securityGroups: [sg2, sg1],
  }),
  operatorRole: iam.Role.fromRoleName(stack, 'NamedRole', 'network-operator'),
});

new cdk.CfnOutput(stack, 'ConnectorArn', { value: connector.networkConnectorArn });

app.synth();
