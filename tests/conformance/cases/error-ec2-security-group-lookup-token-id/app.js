// Conformance case 'error-ec2-security-group-lookup-token-id': SecurityGroup.fromLookupById with a
// token id (security-group.test.ts: throws if securityGroupId is tokenized).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { account: '1234', region: 'us-east-1' } });
ec2.SecurityGroup.fromLookupById(stack, 'stack', cdk.Lazy.string({ produce: () => 'sg-12345' }));
app.synth();
