// Conformance case 'nodejs-shared-entry': two functions bundle the same entry (one asset, two
// handlers), and a third bundles it with other options (another asset).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'List', { entry: 'api.ts', handler: 'list', runtime: lambda.Runtime.NODEJS_22_X });
new nodejs.NodejsFunction(stack, 'Get', { entry: 'api.ts', handler: 'get', runtime: lambda.Runtime.NODEJS_22_X });
new nodejs.NodejsFunction(stack, 'GetMinified', {
  entry: 'api.ts', handler: 'get', runtime: lambda.Runtime.NODEJS_22_X, bundling: { minify: true },
});

app.synth();
