// Conformance case 'error-function-arn-invalid': error: Function.fromFunctionArn with a string that is not an ARN
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const fn = lambda.Function.fromFunctionArn(stack, 'Imported', 'not-an-arn');
new cdk.CfnOutput(stack, 'Name', { value: fn.functionName });

app.synth();
