// Conformance case 'integ-ec2-vpc-ipv6': aws-ec2 test/integ.vpc-ipv6.ts
// (dropped: the IntegTest; app.synth() added).
'use strict';
const { App, Stack } = require('aws-cdk-lib/core');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new App({ context: { '@aws-cdk/core:disableGitSource': true } });
const stack = new Stack(app, 'Ipv6Vpc');

const natProvider = ec2.NatProvider.gateway();
new ec2.Vpc(stack, 'Ipv6ProtocolVpc', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
  subnetConfiguration: [
    {
      name: 'Public',
      subnetType: ec2.SubnetType.PUBLIC,
      ipv6AssignAddressOnCreation: true,
    },
    {
      name: 'Priate',
      subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS,
      ipv6AssignAddressOnCreation: true,
    },
    {
      name: 'Isolated',
      subnetType: ec2.SubnetType.PRIVATE_ISOLATED,
      ipv6AssignAddressOnCreation: true,
    },
  ],
  natGatewayProvider: natProvider,
});

app.synth();
