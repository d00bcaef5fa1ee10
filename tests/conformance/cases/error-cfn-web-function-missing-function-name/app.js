// Conformance case 'error-cfn-web-function-missing-function-name': a lambda.CfnWebFunction without its required functionName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnWebFunction(stack, 'Resource1', {});
app.synth();
