// Conformance case 'vpc-gateway-endpoints': gateway VPC endpoints for S3 and DynamoDB, from the
// Vpc's gatewayEndpoints prop, vpc.addGatewayEndpoint with subnet selections (the route tables of
// the selected subnets, each once), new GatewayVpcEndpoint, addToPolicy, and a function in the
// VPC's isolated subnets that uses them.
// Ported from aws-cdk: vpc-endpoint.test.ts (gateway endpoint)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', {
  maxAzs: 2,
  restrictDefaultSecurityGroup: false,
  natGateways: 1,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
  ],
  gatewayEndpoints: {
    S3: { service: ec2.GatewayVpcEndpointAwsService.S3 },
    Dynamo: {
      service: ec2.GatewayVpcEndpointAwsService.DYNAMODB,
      subnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, { subnetGroupName: 'Data' }, { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
    },
  },
});
const express = vpc.addGatewayEndpoint('S3Express', {
  service: ec2.GatewayVpcEndpointAwsService.S3_EXPRESS,
  subnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED, availabilityZones: [vpc.availabilityZones[1]] }],
});
express.addToPolicy(new iam.PolicyStatement({
  principals: [new iam.AnyPrincipal()],
  actions: ['s3express:CreateSession'],
  resources: ['*'],
}));
express.addToPolicy(new iam.PolicyStatement({
  principals: [new iam.AccountRootPrincipal()],
  actions: ['s3express:ListAllMyDirectoryBuckets'],
  resources: ['*'],
}));
const custom = new ec2.GatewayVpcEndpoint(stack, 'Custom', {
  vpc,
  service: { name: 'com.amazonaws.vpce.eu-west-1.vpce-svc-1234' },
  subnets: [{ subnetType: ec2.SubnetType.PUBLIC }],
});
const own = new ec2.GatewayVpcEndpoint(stack, 'OwnPrefix', {
  vpc,
  service: new ec2.GatewayVpcEndpointAwsService('s3', 'com.example'),
});
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  environment: { CUSTOM_ENDPOINT: custom.vpcEndpointId, OWN_ENDPOINT: own.vpcEndpointId },
});
new cdk.CfnOutput(stack, 'ExpressEndpoint', { value: express.vpcEndpointId });
app.synth();
