// Conformance case 'unit-network-connector': aws-cdk's network-connector.test.ts (aws-lambda), its
// tests that synthesize, adapted to the 2.276.0 configuration API (vpcEgress takes the VPC, a
// vpcSubnets selection and a computeType; the tests' `subnets` list is a selection's `subnets`): each
// test's connector in one stack (the beforeEach VPC, two private subnets and security group shared).
// 2.276.0 has no name checks (the tests' 64-character and character-set errors are newer); the
// tokens test keeps its Lazy name and its subnet of a list token. The imported security group's id
// is one of the AWS::EC2::SecurityGroup.Id format (the tests' sg-abc123 is a validation finding, an
// error under the init flags' validateAgainstDefaultRules); the VPC keeps its default security group
// (the custom resource that restricts it has a handler of ccdk's own, not aws-cdk-lib's asset).
// Ported from aws-cdk: network-connector.test.ts 'creates a network connector with all required
// props', 'creates a network connector with custom name', 'creates a network connector without name',
// 'auto-creates operator role when not provided', 'auto-created role has
// AWSLambdaNetworkConnectorOperatorPolicy managed policy', 'auto-created role has lambda.amazonaws.com
// trust policy', 'uses provided role when operatorRole is specified', 'correctly maps VpcEgressConfig to
// L1 properties', 'maps subnet IDs from ISubnet objects', 'maps security group IDs from ISecurityGroup
// objects', 'skips validation when values are tokens', 'fromNetworkConnectorArn returns correct ARN',
// 'fromNetworkConnectorAttributes returns correct properties', 'exposes networkConnectorArn attribute',
// 'Tags.of(connector).add() works correctly'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const subnets = vpc.privateSubnets.slice(0, 2);
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

const egress = (overrides) => lambda.NetworkConnectorConfiguration.vpcEgress({
  computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
  vpc,
  vpcSubnets: { subnets },
  securityGroups: [securityGroup],
  networkProtocol: lambda.NetworkConnectorProtocol.IPV4,
  ...overrides,
});

// all required props; the default operator role; Tags.of; its ARN
const connector = new lambda.NetworkConnector(stack, 'MyConnector', { configuration: egress({}) });
cdk.Tags.of(connector).add('Environment', 'prod');
new cdk.CfnOutput(stack, 'ConnectorArn', { value: connector.networkConnectorArn });

new lambda.NetworkConnector(stack, 'NamedConnector', {
  networkConnectorName: 'my-vpc-connector',
  configuration: egress({}),
});

const customRole = new iam.Role(stack, 'CustomRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new lambda.NetworkConnector(stack, 'CustomRoleConnector', { configuration: egress({}), operatorRole: customRole });

new lambda.NetworkConnector(stack, 'DualStackConnector', {
  configuration: egress({ networkProtocol: lambda.NetworkConnectorProtocol.DUAL_STACK }),
});

new lambda.NetworkConnector(stack, 'ImportedSubnetsConnector', {
  configuration: egress({
    vpcSubnets: {
      subnets: [ec2.Subnet.fromSubnetId(stack, 'Sub1', 'subnet-111'), ec2.Subnet.fromSubnetId(stack, 'Sub2', 'subnet-222')],
    },
  }),
});

new lambda.NetworkConnector(stack, 'ImportedSgConnector', {
  configuration: egress({ securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'ImportedSg', 'sg-0abc1234def567890')] }),
});

const tokenSubnets = cdk.Token.asList(cdk.Lazy.any({ produce: () => ['subnet-1'] }));
new lambda.NetworkConnector(stack, 'TokenConnector', {
  networkConnectorName: cdk.Token.asString(cdk.Lazy.string({ produce: () => 'valid' })),
  configuration: egress({
    vpcSubnets: { subnets: tokenSubnets.map((id, i) => ec2.Subnet.fromSubnetId(stack, `TokenSub${i}`, id)) },
  }),
});

const arn = 'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-8fc7cb2d-1234';
new cdk.CfnOutput(stack, 'ImportedByArn', {
  value: lambda.NetworkConnector.fromNetworkConnectorArn(stack, 'Imported', arn).networkConnectorArn,
});
new cdk.CfnOutput(stack, 'ImportedByAttributes', {
  value: lambda.NetworkConnector.fromNetworkConnectorAttributes(stack, 'ImportedAttrs', { networkConnectorArn: arn }).networkConnectorArn,
});
app.synth();
