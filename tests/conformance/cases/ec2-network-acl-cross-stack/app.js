// Conformance case 'ec2-network-acl-cross-stack': a subnet's subnetNetworkAclAssociationId read in
// another stack: the Ref of the NetworkAcl associated with it (exported from the VPC's stack), and
// of a subnet without one, its NetworkAclAssociationId attribute; an ACL of the second stack
// associated with a subnet of the first (the association in the second stack).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const network = new cdk.Stack(app, 'Network');
const vpc = new ec2.Vpc(network, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  maxAzs: 2,
  natGateways: 0,
  subnetConfiguration: [
    { subnetType: ec2.SubnetType.PUBLIC, name: 'Public' },
    { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Isolated' },
  ],
});
new ec2.NetworkAcl(network, 'IsolatedAcl', { vpc, subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });

const consumer = new cdk.Stack(app, 'Consumer');
new cdk.CfnOutput(consumer, 'IsolatedAclId', { value: vpc.isolatedSubnets[0].subnetNetworkAclAssociationId });
new cdk.CfnOutput(consumer, 'PublicAclId', { value: vpc.publicSubnets[0].subnetNetworkAclAssociationId });
const acl = new ec2.NetworkAcl(consumer, 'PublicAcl', { vpc });
acl.addEntry('Https', { ruleNumber: 100, traffic: ec2.AclTraffic.tcpPort(443), cidr: ec2.AclCidr.anyIpv4() });
vpc.publicSubnets[1].associateNetworkAcl('Second', acl);
new cdk.CfnOutput(consumer, 'SecondPublicAclId', { value: vpc.publicSubnets[1].subnetNetworkAclAssociationId });
app.synth();
