// Conformance case 'error-import-outside-stack': error: Function.fromFunctionName with the App as
// its scope (Stack.of finds no Stack; ccdk used to return NULL and go on silently)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
lambda.Function.fromFunctionName(app, 'Imported', 'my-function');
new cdk.CfnOutput(stack, 'Out', { value: 'x' });

app.synth();
