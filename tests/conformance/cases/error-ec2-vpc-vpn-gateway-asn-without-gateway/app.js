// Conformance case 'error-ec2-vpc-vpn-gateway-asn-without-gateway': vpc.test.ts "fails when
// specifying vpnGatewayAsn with vpnGateway set to false".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new ec2.Vpc(stack, 'VpcNetwork', { vpnGateway: false, vpnGatewayAsn: 65000 });
app.synth();
