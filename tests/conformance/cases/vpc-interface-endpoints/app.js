// Conformance case 'vpc-interface-endpoints': interface VPC endpoints a function in a VPC uses
// (Secrets Manager, SSM, SQS, SNS, Lambda, KMS, STS, CloudWatch Logs, ECR, DynamoDB, Keyspaces on
// its own port, a service of one's own): their security groups (new, or given, imported), the
// ingress rule from the VPC's CIDR (open), privateDnsEnabled, subnet selections (one per AZ),
// addToPolicy, a function's connections to them; and the region-dependent service names in
// stacks of cn-north-1 (cn.com.amazonaws prefix, .cn suffix), us-iso-east-1 and a global service.
// Ported from aws-cdk: vpc-endpoint.test.ts (interface endpoint)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', {
  maxAzs: 3,
  natGateways: 0,
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'App', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    { name: 'Endpoints', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 26 },
  ],
});
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetGroupName: 'App' },
});
const secrets = vpc.addInterfaceEndpoint('SecretsManager', {
  service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
  subnets: { subnetGroupName: 'Endpoints' },
});
secrets.connections.allowDefaultPortFrom(fn, 'function to secrets');
secrets.addToPolicy(new iam.PolicyStatement({
  principals: [new iam.AnyPrincipal()],
  actions: ['secretsmanager:GetSecretValue'],
  resources: ['*'],
}));
fn.connections.allowToDefaultPort(
  vpc.addInterfaceEndpoint('Ssm', { service: ec2.InterfaceVpcEndpointAwsService.SSM, privateDnsEnabled: false }));
const shared = new ec2.SecurityGroup(stack, 'Shared', { vpc, allowAllOutbound: false });
const imported = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Imported', 'sg-0123456789abcdef0');
for (const [id, service] of [['Sqs', ec2.InterfaceVpcEndpointAwsService.SQS], ['Sns', ec2.InterfaceVpcEndpointAwsService.SNS]])
  vpc.addInterfaceEndpoint(id, { service, securityGroups: [shared, imported] });
vpc.addInterfaceEndpoint('Lambda', { service: ec2.InterfaceVpcEndpointAwsService.LAMBDA, open: false,
  subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, availabilityZones: [vpc.availabilityZones[0]] } });
for (const [id, service] of [['Kms', ec2.InterfaceVpcEndpointAwsService.KMS], ['Sts', ec2.InterfaceVpcEndpointAwsService.STS],
  ['Logs', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS], ['Ecr', ec2.InterfaceVpcEndpointAwsService.ECR],
  ['EcrDocker', ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER], ['Dynamo', ec2.InterfaceVpcEndpointAwsService.DYNAMODB],
  ['Keyspaces', ec2.InterfaceVpcEndpointAwsService.KEYSPACES]])
  vpc.addInterfaceEndpoint(id, { service });
const custom = new ec2.InterfaceVpcEndpoint(stack, 'Custom', {
  vpc,
  service: new ec2.InterfaceVpcEndpointService('com.amazonaws.vpce.eu-west-1.vpce-svc-1234', 8443),
  serviceRegion: 'eu-west-1',
});
custom.connections.allowFrom(fn, ec2.Port.tcp(8443));
new cdk.CfnOutput(stack, 'CustomEndpoint', { value: custom.vpcEndpointId });
new cdk.CfnOutput(stack, 'SecretsGroup', { value: secrets.securityGroupId });

for (const region of ['cn-north-1', 'us-iso-east-1']) {
  const s = new cdk.Stack(app, `Stack-${region}`, { env: { region } });
  const v = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  v.addInterfaceEndpoint('Ecr', { service: ec2.InterfaceVpcEndpointAwsService.ECR });
  v.addInterfaceEndpoint('Transcribe', { service: ec2.InterfaceVpcEndpointAwsService.TRANSCRIBE });
  v.addInterfaceEndpoint('Sns', { service: ec2.InterfaceVpcEndpointAwsService.SNS });
  v.addInterfaceEndpoint('Iam', { service: ec2.InterfaceVpcEndpointAwsService.IAM });
  v.addInterfaceEndpoint('Freetier', { service: ec2.InterfaceVpcEndpointAwsService.BILLING_AND_COST_MANAGEMENT_FREETIER });
}
app.synth();
