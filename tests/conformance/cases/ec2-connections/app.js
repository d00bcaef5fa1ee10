// Conformance case 'ec2-connections': connections.test.ts in one stack: Connections of groups
// peering each other, an imported group as the target of allowTo and as the source of allowFrom
// (with and without allowAllOutbound: false), groups added to a Connections after its rules (on
// either side), allowInternally with a group added later.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();

// peering between two security groups does not recurse infinitely
const envStack = new cdk.Stack(app, 'EnvStack', { env: { account: '12345678', region: 'dummy' } });
const envVpc = new ec2.Vpc(envStack, 'VPC', { restrictDefaultSecurityGroup: false });
const sg1 = new ec2.SecurityGroup(envStack, 'SG1', { vpc: envVpc });
const sg2 = new ec2.SecurityGroup(envStack, 'SG2', { vpc: envVpc });
const conn1 = new ec2.Connections({ securityGroups: [sg1] });
const conn2 = new ec2.Connections({ securityGroups: [sg2] });
conn1.allowTo(conn2, ec2.Port.tcp(80), 'Test');

const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });

// (imported) SecurityGroup as the target of allowTo
const some = new ec2.SecurityGroup(stack, 'SomeSecurityGroup', { vpc, allowAllOutbound: false });
const someConnections = new ec2.Connections({ securityGroups: [some] });
const imported = ec2.SecurityGroup.fromSecurityGroupId(stack, 'ImportedSG', 'sg-12345');
someConnections.allowTo(imported, ec2.Port.allTcp(), 'Connect there');
// an imported group does not get an egress rule ...
someConnections.allowFrom(imported, ec2.Port.tcp(8080), 'Connect here');
// ... unless imported with allowAllOutbound: false
const importedClosed = ec2.SecurityGroup.fromSecurityGroupId(stack, 'ImportedClosedSG', 'sg-67890', { allowAllOutbound: false });
someConnections.allowFrom(importedClosed, ec2.Port.allTcp(), 'Connect there');

// security groups added to connections after a rule still get it
const g1 = new ec2.SecurityGroup(stack, 'SecurityGroup1', { vpc, allowAllOutbound: false });
const g2 = new ec2.SecurityGroup(stack, 'SecurityGroup2', { vpc, allowAllOutbound: false });
const connections = new ec2.Connections({ securityGroups: [g1] });
connections.allowFromAnyIpv4(ec2.Port.tcp(88));
connections.addSecurityGroup(g2);

// security groups added to the target also get the rule
const g3 = new ec2.SecurityGroup(stack, 'SecurityGroup3', { vpc, allowAllOutbound: false });
const g4 = new ec2.SecurityGroup(stack, 'SecurityGroup4', { vpc, allowAllOutbound: false });
const g5 = new ec2.SecurityGroup(stack, 'SecurityGroup5', { vpc, allowAllOutbound: false });
const connections3 = new ec2.Connections({ securityGroups: [g3] });
const connections4 = new ec2.Connections({ securityGroups: [g4] });
connections3.allowTo(connections4, ec2.Port.tcp(88));
connections4.addSecurityGroup(g5);

// several groups allow each other in (allowInternally), a group added later too
const g6 = new ec2.SecurityGroup(stack, 'SecurityGroup6', { vpc, allowAllOutbound: false });
const g7 = new ec2.SecurityGroup(stack, 'SecurityGroup7', { vpc, allowAllOutbound: false });
const internal = new ec2.Connections({ securityGroups: [g6] });
internal.allowInternally(ec2.Port.tcp(88));
internal.addSecurityGroup(g7);
app.synth();
