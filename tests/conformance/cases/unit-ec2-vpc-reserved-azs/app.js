// Conformance case 'unit-ec2-vpc-reserved-azs': vpc.test.ts, "Using reserved azs": each pair of
// props (a VPC with reserved AZs, then the same VPC using them) in two stacks, Reserved<n> and
// Used<n> (getTestStack(): account 123456789012, us-east-1); the test checks that the subnets of the
// first are in the second unchanged. restrictDefaultSecurityGroup: false as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const { PUBLIC, PRIVATE_WITH_EGRESS } = ec2.SubnetType;
const pairs = [
  [{ maxAzs: 2, reservedAzs: 1 }, { maxAzs: 3 }],
  [{ maxAzs: 2, reservedAzs: 2 }, { maxAzs: 3, reservedAzs: 1 }],
  [{ maxAzs: 2, reservedAzs: 1, subnetConfiguration: [{ cidrMask: 22, name: 'Public', subnetType: PUBLIC }, { cidrMask: 23, name: 'Private', subnetType: PRIVATE_WITH_EGRESS }] },
    { maxAzs: 3, subnetConfiguration: [{ cidrMask: 22, name: 'Public', subnetType: PUBLIC }, { cidrMask: 23, name: 'Private', subnetType: PRIVATE_WITH_EGRESS }] }],
  [{ maxAzs: 2, reservedAzs: 1, subnetConfiguration: [{ cidrMask: 22, name: 'Public', subnetType: PUBLIC }, { cidrMask: 23, name: 'Private', subnetType: PRIVATE_WITH_EGRESS, reserved: true }] },
    { maxAzs: 3, subnetConfiguration: [{ cidrMask: 22, name: 'Public', subnetType: PUBLIC }, { cidrMask: 23, name: 'Private', subnetType: PRIVATE_WITH_EGRESS, reserved: true }] }],
  [{ maxAzs: 2, reservedAzs: 1, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16') }, { maxAzs: 3, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16') }],
  [{ availabilityZones: ['dummy1a', 'dummy1b'], reservedAzs: 1 }, { availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'] }],
];
pairs.forEach(([withReserved, withUsed], i) => {
  new ec2.Vpc(new cdk.Stack(app, `Reserved${i + 1}`, { env }), 'Vpc', { restrictDefaultSecurityGroup: false, ...withReserved });
  new ec2.Vpc(new cdk.Stack(app, `Used${i + 1}`, { env }), 'Vpc', { restrictDefaultSecurityGroup: false, ...withUsed });
});
app.synth();
