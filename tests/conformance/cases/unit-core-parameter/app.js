// Conformance case 'unit-core-parameter': aws-cdk's core parameter.test.ts and cfn-parameter.test.ts:
// a parameter under a child construct (Integer, numeric default, description) referenced by a
// resource, and valueAsString of Number and String parameters.
'use strict';
const { Construct } = require('constructs');
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const child = new Construct(stack, 'Child');
const param = new cdk.CfnParameter(child, 'MyParam', { default: 10, type: 'Integer', description: 'My first parameter' });
new cdk.CfnResource(stack, 'Resource', { type: 'Type', properties: { ReferenceToParam: param.valueAsString } });
const numberParam = new cdk.CfnParameter(stack, 'numberParam', { type: 'Number', default: 10 });
const stringParam = new cdk.CfnParameter(stack, 'stringParam', { type: 'String', default: 'a-default' });
new cdk.CfnOutput(stack, 'Num', { value: numberParam.valueAsString });
new cdk.CfnOutput(stack, 'Str', { value: stringParam.valueAsString });
app.synth();
