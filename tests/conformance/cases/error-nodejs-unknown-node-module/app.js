'use strict';
// util.test.ts 'with unknown dependency' (extractDependencies): a nodeModules entry neither in
// package.json nor installed. With Docker bundling the command is made in the constructor.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: {
    forceDockerBundling: true,
    dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
    nodeModules: ['left-pad', 'no-such-module-anywhere'],
  },
});

app.synth();
