// Conformance case 'error-logs-field-index-21-fields': a FieldIndexPolicy of 21 fields (unscoped)
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts, the field index policy's maximum of 20 fields.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fields = [];
for (let i = 0; i < 21; i++) fields.push('field' + i);
new logs.LogGroup(stack, 'Group', { fieldIndexPolicies: [new logs.FieldIndexPolicy({ fields })] });
app.synth();
