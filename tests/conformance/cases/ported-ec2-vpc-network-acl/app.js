// Conformance case 'ported-ec2-vpc-network-acl': vpc.test.ts's network ACL tests ported literally,
// a stack per test (getTestStack(): account 123456789012, us-east-1): 'with private subnets and
// custom networkAcl.', "Network ACL association": 'by default uses default ACL reference', 'if ACL
// is replaced new ACL reference is returned', 'with networkAclName, adds Name tag with the name'.
// Beyond them (stack Entries): every AclTraffic and AclCidr, DENY, both directions, addEntry on a
// new and an imported ACL, subnet.associateNetworkAcl with an imported ACL, associateWithSubnet by
// group name, an association id read before and after. restrictDefaultSecurityGroup: false as in
// unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const testStack = (id) => new cdk.Stack(app, id, { env });
const nr = { restrictDefaultSecurityGroup: false };

// with private subnets and custom networkAcl.
{
  const stack = testStack('CustomAcl');
  const vpc = new ec2.Vpc(stack, 'TheVPC', {
    ...nr,
    subnetConfiguration: [
      { subnetType: ec2.SubnetType.PUBLIC, name: 'Public' },
      { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, name: 'private' },
    ],
  });
  const nacl1 = new ec2.NetworkAcl(stack, 'myNACL1', {
    vpc,
    subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
  new ec2.NetworkAclEntry(stack, 'AllowDNSEgress', {
    networkAcl: nacl1,
    ruleNumber: 100,
    traffic: ec2.AclTraffic.udpPort(53),
    direction: ec2.TrafficDirection.EGRESS,
    cidr: ec2.AclCidr.ipv4('10.0.0.0/16'),
  });
  new ec2.NetworkAclEntry(stack, 'AllowDNSIngress', {
    networkAcl: nacl1,
    ruleNumber: 100,
    traffic: ec2.AclTraffic.udpPort(53),
    direction: ec2.TrafficDirection.INGRESS,
    cidr: ec2.AclCidr.anyIpv4(),
  });
}
// by default uses default ACL reference
{
  const stack = testStack('DefaultAclReference');
  const vpc = new ec2.Vpc(stack, 'TheVPC', { ...nr, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16') });
  new cdk.CfnOutput(stack, 'Output', { value: vpc.publicSubnets[0].subnetNetworkAclAssociationId });
}
// if ACL is replaced new ACL reference is returned
{
  const stack = testStack('ReplacedAcl');
  const vpc = new ec2.Vpc(stack, 'TheVPC', { ...nr, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16') });
  new cdk.CfnOutput(stack, 'Output', { value: vpc.publicSubnets[0].subnetNetworkAclAssociationId });
  new ec2.NetworkAcl(stack, 'ACL', { vpc, subnetSelection: { subnetType: ec2.SubnetType.PUBLIC } });
}
// with networkAclName, adds Name tag with the name
{
  const stack = testStack('AclName');
  const vpc = new ec2.Vpc(stack, 'TheVPC', { ...nr, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16') });
  new ec2.NetworkAcl(stack, 'ACL', { vpc, networkAclName: 'CustomNetworkAclName' });
}
// every kind of entry; imported ACLs; explicit associations
{
  const stack = testStack('Entries');
  const vpc = new ec2.Vpc(stack, 'TheVPC', {
    ...nr,
    maxAzs: 2,
    subnetConfiguration: [
      { subnetType: ec2.SubnetType.PUBLIC, name: 'Ingress' },
      { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Db' },
    ],
  });
  const acl = new ec2.NetworkAcl(stack, 'Acl', { vpc });
  acl.associateWithSubnet('Db', { subnetGroupName: 'Db' });
  acl.addEntry('AllTraffic', { ruleNumber: 100, traffic: ec2.AclTraffic.allTraffic(), cidr: ec2.AclCidr.anyIpv4() });
  acl.addEntry('Icmp', {
    ruleNumber: 110,
    traffic: ec2.AclTraffic.icmp({ code: -1, type: 8 }),
    cidr: ec2.AclCidr.ipv4('10.0.0.0/8'),
    direction: ec2.TrafficDirection.INGRESS,
    ruleAction: ec2.Action.DENY,
  });
  acl.addEntry('IcmpV6', { ruleNumber: 120, traffic: ec2.AclTraffic.icmpv6({ type: 128 }), cidr: ec2.AclCidr.anyIpv6() });
  acl.addEntry('TcpRange', {
    ruleNumber: 130,
    traffic: ec2.AclTraffic.tcpPortRange(1024, 65535),
    cidr: ec2.AclCidr.ipv6('2600:1f18::/64'),
    direction: ec2.TrafficDirection.EGRESS,
    ruleAction: ec2.Action.ALLOW,
    networkAclEntryName: 'ephemeral',
  });
  acl.addEntry('Tcp', { ruleNumber: 140, traffic: ec2.AclTraffic.tcpPort(443), cidr: ec2.AclCidr.ipv4('10.1.0.0/16') });
  acl.addEntry('UdpRange', { ruleNumber: 150, traffic: ec2.AclTraffic.udpPortRange(5000, 5010), cidr: ec2.AclCidr.anyIpv4() });
  new cdk.CfnOutput(stack, 'AclId', { value: acl.networkAclId });
  new cdk.CfnOutput(stack, 'AclVpcId', { value: acl.networkAclVpcId });
  new cdk.CfnOutput(stack, 'DbSubnetAcl', { value: vpc.isolatedSubnets[1].subnetNetworkAclAssociationId });

  const imported = ec2.NetworkAcl.fromNetworkAclId(stack, 'Imported', 'acl-1234');
  new cdk.CfnOutput(stack, 'IngressSubnetAcl', { value: vpc.publicSubnets[0].subnetNetworkAclAssociationId });
  vpc.publicSubnets[0].associateNetworkAcl('Imported', imported);
  imported.addEntry('Ssh', { ruleNumber: 200, traffic: ec2.AclTraffic.tcpPort(22), cidr: ec2.AclCidr.ipv4('192.0.2.0/24') });
  new ec2.NetworkAclEntry(stack, 'Outside', {
    networkAcl: imported,
    ruleNumber: 210,
    traffic: ec2.AclTraffic.udpPort(123),
    cidr: ec2.AclCidr.anyIpv4(),
    direction: ec2.TrafficDirection.EGRESS,
  });
  new cdk.CfnOutput(stack, 'ImportedId', { value: imported.networkAclId });
  new cdk.CfnOutput(stack, 'SecondIngressSubnetAcl', { value: vpc.publicSubnets[1].subnetNetworkAclAssociationId });
}
app.synth();
