// Conformance case 'error-ec2-vpc-nat-eip-allocations-insufficient': vpc.test.ts "NAT gateway
// provider with insufficient EIP allocations" (one id for three NAT gateways).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const natGatewayProvider = ec2.NatProvider.gateway({ eipAllocationIds: ['a'] });
new ec2.Vpc(stack, 'VpcNetwork', { natGatewayProvider });
app.synth();
