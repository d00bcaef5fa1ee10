// Conformance case 'error-ec2-vpc-vpn-route-propagation-no-subnets': enableVpnGateway's error when
// vpnRoutePropagation selects no route table (an AZ the VPC is not in): an error annotation, the
// synth fails. aws-cdk-lib's app.synth() writes the assembly and the cdk CLI then fails on the error
// (ccdk's synth fails itself): app.js throws it as the CLI reports it.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new ec2.Vpc(stack, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  vpnGateway: true,
  vpnRoutePropagation: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, availabilityZones: ['nowhere-1a'], onePerAz: true }],
});
const assembly = app.synth();
for (const stack of assembly.stacks) {
  for (const m of stack.messages) if (m.level === 'error') throw new Error(m.entry.data);
}
