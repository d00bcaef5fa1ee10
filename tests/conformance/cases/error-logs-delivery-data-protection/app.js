// Conformance case 'error-logs-delivery-data-protection': a DELIVERY log group with a dataProtectionPolicy
// aws-cdk-lib behaviour (aws-logs/lib/log-group.ts), no upstream test.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new logs.LogGroup(stack, 'Group', {
  logGroupClass: logs.LogGroupClass.DELIVERY,
  dataProtectionPolicy: new logs.DataProtectionPolicy({ identifiers: [logs.DataIdentifier.EMAILADDRESS] }),
});
app.synth();
