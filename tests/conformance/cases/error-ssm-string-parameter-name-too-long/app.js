// Conformance case 'error-ssm-string-parameter-name-too-long': new StringParameter with a name of
// 2,049 characters (parameter.test.ts 'String SSM Parameter throws on long names').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Parameter', { stringValue: 'Foo', parameterName: 'a'.repeat(2049) });
app.synth();
