// Conformance case 'unit-ec2-network-utils': network-utils.test.ts through what reaches it from
// outside (NetworkBuilder and CidrBlock are not exported): IpAddresses.cidr's block rounded up from
// an address inside it ("should return the next valid subnet from offset IP"), masks as parseInt
// reads them ('+16', ' 16', '016', '16x'), a /15; the builder's carving ("allows you to carve subnets
// out of CIDR network": the wasteful and efficient orders as subnet groups in one AZ) and
// maskForRemainingSubnets (a /24 with a /25 group and three groups without a mask).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const base = { natGateways: 0, maxAzs: 1, restrictDefaultSecurityGroup: false };
const iso = (name, cidrMask) => ({ name, subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask });
const blocks = [['Offset', '10.0.1.255/16'], ['Plus', '10.0.0.0/+16'], ['Space', '10.0.0.0/ 16'], ['Zero', '10.0.0.0/016'],
  ['Trailing', '10.0.0.0/16x'], ['Wide', '10.0.0.0/15']];
for (const [id, cidr] of blocks) {
  const stack = new cdk.Stack(app, id);
  new ec2.Vpc(stack, 'Vpc', { ...base, ipAddresses: ec2.IpAddresses.cidr(cidr) });
}
{
  const stack = new cdk.Stack(app, 'Wasteful');
  new ec2.Vpc(stack, 'Vpc', { ...base, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/18'),
    subnetConfiguration: [iso('A', 28), iso('B', 28), iso('C', 28), iso('D', 25), iso('E', 25), iso('F', 22)] });
}
{
  const stack = new cdk.Stack(app, 'Efficient');
  new ec2.Vpc(stack, 'Vpc', { ...base, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/18'),
    subnetConfiguration: [iso('A', 24), iso('B', 24), iso('C', 24), iso('D', 25), iso('E', 25), iso('F', 25),
      iso('G', 28), iso('H', 28), iso('I', 28)] });
}
{
  const stack = new cdk.Stack(app, 'Remaining');
  new ec2.Vpc(stack, 'Vpc', { ...base, ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/24'),
    subnetConfiguration: [iso('Half', 25), iso('A'), iso('B'), iso('C')] });
}
{
  const stack = new cdk.Stack(app, 'Remaining2');
  new ec2.Vpc(stack, 'Vpc', { ...base, ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
    subnetConfiguration: [iso('A', 26), iso('B', 26), iso('C', 26), iso('D', 27), iso('E', 27), iso('F', 27), iso('G'), iso('H'), iso('I')] });
}
app.synth();
