// Conformance case 'vpc-variants': the Vpc props' corners in one stack each: no NAT gateways (the
// default groups become Public + Isolated), isolated subnets only (no internet gateway), 3 AZs
// with 2 NAT gateways (the third private subnet routes round robin), a reserved AZ, dedicated
// tenancy, no internet gateway although public subnets exist, NAT gateways in a chosen public group.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const s1 = new cdk.Stack(app, 'NoNat');
new ec2.Vpc(s1, 'Vpc', { natGateways: 0, restrictDefaultSecurityGroup: false });
const s2 = new cdk.Stack(app, 'IsolatedOnly');
new ec2.Vpc(s2, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [{ name: 'Only', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
});
const s3 = new cdk.Stack(app, 'ThreeAzs');
new ec2.Vpc(s3, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  availabilityZones: ['ap-south-1a', 'ap-south-1b', 'ap-south-1c'],
  natGateways: 2,
  reservedAzs: 1,
  defaultInstanceTenancy: ec2.DefaultInstanceTenancy.DEDICATED,
});
const s4 = new cdk.Stack(app, 'NoIgw');
new ec2.Vpc(s4, 'Vpc', { restrictDefaultSecurityGroup: false, createInternetGateway: false, natGateways: 0 });
const s5 = new cdk.Stack(app, 'NatPlacement');
new ec2.Vpc(s5, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  natGateways: 1,
  natGatewaySubnets: { subnetGroupName: 'Egress' },
  subnetConfiguration: [
    { name: 'Ingress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
    { name: 'Egress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
    { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
  ],
});
app.synth();
