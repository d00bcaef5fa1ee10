// Conformance case 'error-ssm-string-list-parameter-description-too-long': new StringListParameter with
// a description of 1,025 characters (parameter.test.ts 'StringList SSM Parameter throws on long descriptions').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringListParameter(stack, 'Parameter', { stringListValue: ['Foo', 'Bar'], description: 'd'.repeat(1025) });
app.synth();
