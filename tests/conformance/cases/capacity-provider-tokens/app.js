// Conformance case 'capacity-provider-tokens': a CapacityProvider whose validated props are all tokens
// (name and maxVCpuCount Refs, subnets and security groups imported from the one element of a Fn::Split
// list token): no validation error, and the lists render as the Fn::Split itself
// Ported from aws-cdk: capacity-provider.test.ts 'accepts tokens for all validated fields'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const tokenName = cdk.Fn.ref('CapacityProviderNameParam');
const tokenMaxVCpu = cdk.Fn.ref('MaxVCpuParam');
const tokenSubnets = cdk.Fn.split(',', cdk.Fn.ref('SubnetIdsParam'));
const tokenSecurityGroups = cdk.Fn.split(',', cdk.Fn.ref('SecurityGroupIdsParam'));

new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
  capacityProviderName: tokenName,
  maxVCpuCount: cdk.Token.asNumber(tokenMaxVCpu),
  subnets: tokenSubnets.map((id, i) => ec2.Subnet.fromSubnetId(stack, `TokenSubnet${i}`, id)),
  securityGroups: tokenSecurityGroups.map((id, i) => ec2.SecurityGroup.fromSecurityGroupId(stack, `TokenSG${i}`, id)),
});

app.synth();
