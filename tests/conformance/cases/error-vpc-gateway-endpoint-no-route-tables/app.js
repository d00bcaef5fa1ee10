// Conformance case 'error-vpc-gateway-endpoint-no-route-tables': error: a gateway endpoint in an
// imported VPC whose subnets have no route table ids
// Ported from aws-cdk: vpc-endpoint.test.ts (throws when no route tables are available)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
  vpcId: 'vpc-1234',
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  privateSubnetIds: ['subnet-1', 'subnet-2'],
});
vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
app.synth();
