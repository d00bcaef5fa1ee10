// Conformance case 'integ-ec2-security-group-prune-subsumed-rules': aws-ec2
// test/integ.security-group-prune-subsumed-rules.ts (dropped: the IntegTest and its
// describeSecurityGroupRules assertion). aws-cdk-lib 2.276.0 has no
// EC2_SECURITY_GROUP_PRUNE_SUBSUMED_RULES: its key is written out and, an unknown flag, has no effect
// (no rule is pruned).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { EC2_RESTRICT_DEFAULT_SECURITY_GROUP } = require('aws-cdk-lib/cx-api');

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-ec2:securityGroupPruneSubsumedRules': true,
  },
});

const stack = new Stack(app, 'integ-security-group-prune-subsumed-rules');
// Keep the default SG rules out of the picture so we assert only on our own SG.
stack.node.setContext(EC2_RESTRICT_DEFAULT_SECURITY_GROUP, false);

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });

const sg = new ec2.SecurityGroup(stack, 'SecurityGroup', {
  vpc,
  allowAllOutbound: false,
});

// All three of these are subsumed by the all-traffic rule from 10.0.0.0/16.
sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(443), 'https from /16');
sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.allTraffic(), 'all traffic from /16');
sg.addIngressRule(ec2.Peer.ipv4('10.0.1.0/24'), ec2.Port.tcp(443), 'https from /24');

app.synth();
