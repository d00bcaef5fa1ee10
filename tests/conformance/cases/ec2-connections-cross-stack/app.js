// Conformance case 'ec2-connections-cross-stack': connections.test.ts's cross-stack tests: a group in
// Stack2 lets groups of Stack1 in and reaches one (allowFrom, allowTo): both rules of each pair are
// in Stack2, under Stack1's groups' ids reversed, with Fn::ImportValue of Stack1's group ids.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const vpc1 = new ec2.Vpc(stack1, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const sg1 = new ec2.SecurityGroup(stack1, 'SecurityGroup', { vpc: vpc1, allowAllOutbound: false });
const sg1a = new ec2.SecurityGroup(stack1, 'SecurityGroupA', { vpc: vpc1, allowAllOutbound: false });
const sg1b = new ec2.SecurityGroup(stack1, 'SecurityGroupB', { vpc: vpc1, allowAllOutbound: false });

const stack2 = new cdk.Stack(app, 'Stack2');
const vpc2 = new ec2.Vpc(stack2, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const sg2 = new ec2.SecurityGroup(stack2, 'SecurityGroup', { vpc: vpc2, allowAllOutbound: false });

sg2.connections.allowFrom(sg1, ec2.Port.tcp(100));
sg2.connections.allowTo(sg1, ec2.Port.tcp(100));
sg2.connections.allowFrom(sg1a, ec2.Port.tcp(100));
sg2.connections.allowFrom(sg1b, ec2.Port.tcp(100));
app.synth();
