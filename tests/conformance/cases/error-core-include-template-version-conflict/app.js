// Conformance case 'error-core-include-template-version-conflict': two CfnIncludes (include.test.ts)
// with different AWSTemplateFormatVersions: stack.js's merge() error (its message lacks the closing
// quote).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnInclude(stack, 'T1', { template: { AWSTemplateFormatVersion: '2010-09-09' } });
new cdk.CfnInclude(stack, 'T2', { template: { AWSTemplateFormatVersion: '2011-01-01', Resources: { R: { Type: 'T' } } } });
app.synth();
