// Conformance case 'error-function-allow-all-ipv6-outbound-without-vpc': error: allowAllIpv6Outbound without a VPC
// Ported from aws-cdk: function.test.ts (throws when allowAllIpv6Outbound is defined without vpc)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  allowAllIpv6Outbound: true,
});
app.synth();
