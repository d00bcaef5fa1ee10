// Conformance case 'error-ec2-security-group-all-traffic-egress': an "all traffic" IPv4 egress rule added to a group
// made with allowAllOutbound: false (security-group.test.ts: all outbound rule cannot be added after creation).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const sg = new ec2.SecurityGroup(stack, 'SG1', { vpc, allowAllOutbound: false });
sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic(), 'All traffic');
app.synth();
