// Conformance case 'error-core-names-unique-id-default': construct.test.ts 'cannot calculate
// uniqueId if the construct path is ["Default"]' (Names.uniqueId).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const c = new Construct(app, 'Default');
new cdk.CfnOutput(stack, 'Id', { value: cdk.Names.uniqueId(c) });
app.synth();
