// Conformance case 'error-vpc-interface-endpoint-no-subnets': error: an interface endpoint whose
// subnet selection selects nothing (an availability zone the VPC does not use)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
vpc.addInterfaceEndpoint('Sqs', {
  service: ec2.InterfaceVpcEndpointAwsService.SQS,
  subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, availabilityZones: ['nowhere-1a'] },
});
app.synth();
