// Conformance case 'error-asset-image-second-stack'
// Upstream: aws-lambda/test/code.test.ts 'fails if asset is bound with a second stack' (lambda.Code.fromAssetImage)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const asset = lambda.Code.fromAssetImage('docker-handler');
new lambda.Function(stack, 'Fn', { code: asset, handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE });
const stack2 = new cdk.Stack(app, 'Stack2');
new lambda.Function(stack2, 'Fn', { code: asset, handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE });
app.synth();
