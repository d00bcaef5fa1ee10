// Conformance case 'error-logs-data-protection-no-identifiers': a DataProtectionPolicy of no identifiers (unscoped)
// aws-cdk-lib behaviour (aws-logs/lib/data-protection-policy.ts), no upstream test.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new logs.LogGroup(stack, 'Group', { dataProtectionPolicy: new logs.DataProtectionPolicy({ identifiers: [] }) });
app.synth();
