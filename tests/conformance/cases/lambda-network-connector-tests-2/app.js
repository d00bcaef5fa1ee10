// Conformance case 'lambda-network-connector-tests-2': aws-cdk's network-connector.test.ts (aws-lambda)
// test by test, a stack per test with the tests' own literal values, on the 2.276.0 configuration API
// (vpcEgress takes the VPC and a vpcSubnets selection; NetworkConnectorProtocol and
// NetworkConnectorComputeType are the tests' NetworkProtocol and ComputeType). Unlike
// unit-network-connector, the imported security group keeps the test's id 'sg-abc123', which is not
// of the AWS::EC2::SecurityGroup.Id format: the validator's E1150 finding (a warning here, as no
// context sets validateAgainstDefaultRules with failSynthOnValidationErrors) goes into
// validation-report.json, which this case compares. Each VPC keeps its default security group
// (restrictDefaultSecurityGroup off: that custom resource's handler is ccdk's own).
// Ported from aws-cdk: network-connector.test.ts 'creates a network connector with all required
// props', 'creates a network connector with custom name', 'uses provided role when operatorRole is
// specified', 'correctly maps VpcEgressConfig to L1 properties', 'maps subnet IDs from ISubnet
// objects', 'maps security group IDs from ISecurityGroup objects', 'exposes networkConnectorArn
// attribute', 'Tags.of(connector).add() works correctly', 'fromNetworkConnectorArn returns correct
// ARN', 'fromNetworkConnectorAttributes returns correct properties'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

// the beforeEach: a VPC, two of its private subnets, a security group
function setUp(name) {
  const stack = new cdk.Stack(app, name);
  const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
  const subnets = vpc.privateSubnets.slice(0, 2);
  const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
  return { stack, vpc, subnets, securityGroup };
}

function egress(t, overrides) {
  return lambda.NetworkConnectorConfiguration.vpcEgress({
    vpc: t.vpc,
    vpcSubnets: { subnets: t.subnets },
    securityGroups: [t.securityGroup],
    networkProtocol: lambda.NetworkConnectorProtocol.IPV4,
    computeType: lambda.NetworkConnectorComputeType.MICRO_VM,
    ...overrides,
  });
}

// 'creates a network connector with all required props'
{
  const t = setUp('RequiredProps');
  new lambda.NetworkConnector(t.stack, 'MyConnector', { configuration: egress(t, {}) });
}

// 'creates a network connector with custom name'
{
  const t = setUp('CustomName');
  new lambda.NetworkConnector(t.stack, 'MyConnector', {
    networkConnectorName: 'my-vpc-connector',
    configuration: egress(t, {}),
  });
}

// 'uses provided role when operatorRole is specified'
{
  const t = setUp('OperatorRole');
  const customRole = new iam.Role(t.stack, 'CustomRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  new lambda.NetworkConnector(t.stack, 'MyConnector', { configuration: egress(t, {}), operatorRole: customRole });
}

// 'correctly maps VpcEgressConfig to L1 properties'
{
  const t = setUp('DualStack');
  new lambda.NetworkConnector(t.stack, 'MyConnector', {
    configuration: egress(t, { networkProtocol: lambda.NetworkConnectorProtocol.DUAL_STACK }),
  });
}

// 'maps subnet IDs from ISubnet objects'
{
  const t = setUp('ImportedSubnets');
  const importedSubnets = [
    ec2.Subnet.fromSubnetId(t.stack, 'Sub1', 'subnet-111'),
    ec2.Subnet.fromSubnetId(t.stack, 'Sub2', 'subnet-222'),
  ];
  new lambda.NetworkConnector(t.stack, 'MyConnector', { configuration: egress(t, { vpcSubnets: { subnets: importedSubnets } }) });
}

// 'maps security group IDs from ISecurityGroup objects'
{
  const t = setUp('ImportedSecurityGroup');
  const importedSg = ec2.SecurityGroup.fromSecurityGroupId(t.stack, 'ImportedSg', 'sg-abc123');
  new lambda.NetworkConnector(t.stack, 'MyConnector', { configuration: egress(t, { securityGroups: [importedSg] }) });
}

// 'exposes networkConnectorArn attribute' and 'Tags.of(connector).add() works correctly'
{
  const t = setUp('ArnAndTags');
  const connector = new lambda.NetworkConnector(t.stack, 'MyConnector', { configuration: egress(t, {}) });
  cdk.Tags.of(connector).add('Environment', 'prod');
  new cdk.CfnOutput(t.stack, 'Arn', { value: connector.networkConnectorArn });
}

// the import methods
{
  const t = setUp('Imports');
  const arn = 'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-8fc7cb2d-1234';
  const byArn = lambda.NetworkConnector.fromNetworkConnectorArn(t.stack, 'Imported', arn);
  const byAttrs = lambda.NetworkConnector.fromNetworkConnectorAttributes(t.stack, 'ImportedAttrs', { networkConnectorArn: arn });
  new cdk.CfnOutput(t.stack, 'ByArn', { value: byArn.networkConnectorArn });
  new cdk.CfnOutput(t.stack, 'ByAttributes', { value: byAttrs.networkConnectorArn });
}

app.synth();
