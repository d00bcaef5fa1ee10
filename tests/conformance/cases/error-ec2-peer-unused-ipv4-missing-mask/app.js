// Conformance case 'error-ec2-peer-unused-ipv4-missing-mask': Peer.ipv4 of an address without a mask that no
// rule ever uses: aws-cdk-lib throws when the peer is made, so the app fails all the same (ccdk: the
// process-wide error list; a function beside it shows that nothing is written).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const office = ec2.Peer.ipv4('203.0.113.7');
app.synth();
