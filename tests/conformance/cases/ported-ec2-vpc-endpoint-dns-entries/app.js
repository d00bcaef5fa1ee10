// Conformance case 'ported-ec2-vpc-endpoint-dns-entries': aws-cdk's vpc.test.ts "can reference
// vpcEndpointDnsEntries across stacks" ported literally, the same ids (restrictDefaultSecurityGroup:
// false, as unit-ec2-vpc-create); plus the endpoint's other attributes (vpcEndpointNetworkInterfaceIds,
// vpcEndpointCreationTimestamp) across stacks and in their own stack, and a gateway endpoint's.
// Ported from aws-cdk: vpc.test.ts 'can reference an actual string list across stacks'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const vpc = new ec2.Vpc(stack1, 'Vpc', { restrictDefaultSecurityGroup: false });
const endpoint = new ec2.InterfaceVpcEndpoint(stack1, 'interfaceVpcEndpoint', {
  vpc,
  service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
});
const stack2 = new cdk.Stack(app, 'Stack2');
new cdk.CfnOutput(stack2, 'endpoint', {
  value: cdk.Fn.select(0, endpoint.vpcEndpointDnsEntries),
});
// the other attributes, across stacks and at home
new cdk.CfnOutput(stack2, 'Interfaces', { value: cdk.Fn.join(',', endpoint.vpcEndpointNetworkInterfaceIds) });
new cdk.CfnOutput(stack2, 'Created', { value: endpoint.vpcEndpointCreationTimestamp });
new cdk.CfnOutput(stack1, 'LocalDns', { value: cdk.Fn.select(1, endpoint.vpcEndpointDnsEntries) });
new cdk.CfnResource(stack2, 'Consumer', {
  type: 'Some::Resource',
  properties: { DnsEntries: endpoint.vpcEndpointDnsEntries },
});
const gateway = vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
new cdk.CfnOutput(stack2, 'GatewayCreated', { value: gateway.vpcEndpointCreationTimestamp });
new cdk.CfnOutput(stack2, 'GatewayDns', { value: cdk.Fn.select(0, gateway.vpcEndpointDnsEntries) });
new cdk.CfnOutput(stack1, 'GatewayInterfaces', { value: cdk.Fn.join(',', gateway.vpcEndpointNetworkInterfaceIds) });
app.synth();
