// Conformance case 'error-ssm-string-list-parameter-name-characters': new StringListParameter named
// 'trying;this' (parameter.test.ts 'StringList SSM Parameter throws on invalid name').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringListParameter(stack, 'Parameter', { stringListValue: ['Foo'], parameterName: 'trying;this' });
app.synth();
