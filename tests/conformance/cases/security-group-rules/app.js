// Conformance case 'security-group-rules': SecurityGroup rules in their forms: inline IPv4/IPv6
// ingress, duplicates dropped, egress with allowAllOutbound false (the "Disallow all traffic" rule
// goes), allowAllIpv6Outbound, a named group, a group with disableInlineRules (rules as resources),
// rules between groups, imported groups (mutable and not), UDP/ICMP/all-traffic ports.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });

const web = new ec2.SecurityGroup(stack, 'Web', { vpc, securityGroupName: 'web-sg', allowAllIpv6Outbound: true });
web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS');
web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS again: a duplicate');
web.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(443));
web.addIngressRule(ec2.Peer.ipv6('2001:db8::/32'), ec2.Port.allIcmp());
web.addEgressRule(ec2.Peer.ipv4('10.1.0.0/16'), ec2.Port.udp(53), 'ignored: allowAllOutbound');

const locked = new ec2.SecurityGroup(stack, 'Locked', { vpc, allowAllOutbound: false, description: 'locked down' });
locked.addEgressRule(ec2.Peer.ipv4('10.1.0.0/16'), ec2.Port.udpRange(8000, 8100));
locked.addEgressRule(ec2.Peer.ipv4('10.2.0.0/16'), ec2.Port.allUdp(), 'udp');
locked.addIngressRule(web, ec2.Port.allTraffic());
locked.addEgressRule(web, ec2.Port.tcp(8443), 'to web');
locked.addIngressRule(ec2.Peer.ipv4('10.3.0.0/24'), ec2.Port.icmpTypeAndCode(8, 0));

const separate = new ec2.SecurityGroup(stack, 'Separate', { vpc, disableInlineRules: true });
separate.addIngressRule(ec2.Peer.ipv4('172.16.0.0/12'), ec2.Port.allTcp());
separate.addIngressRule(locked, ec2.Port.tcpRange(1000, 2000));

const imported = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Imported', 'sg-0aaaabbbbccccdddd');
imported.addIngressRule(ec2.Peer.ipv4('10.9.0.0/16'), ec2.Port.tcp(22));
imported.addEgressRule(ec2.Peer.ipv4('10.9.0.0/16'), ec2.Port.tcp(22), 'dropped: allowAllOutbound by default');
const frozen = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Frozen', 'sg-0eeeeffff00001111', { mutable: false });
frozen.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80));
web.connections.allowFrom(frozen, ec2.Port.tcp(8080));
new cdk.CfnOutput(stack, 'WebId', { value: web.securityGroupId });
app.synth();
