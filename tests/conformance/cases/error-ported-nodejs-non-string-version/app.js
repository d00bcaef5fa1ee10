'use strict';
// util.test.ts's extractDependencies: a nodeModules entry whose version in package.json (here the
// devDependencies', which wins over the dependencies') is neither a string nor falsy: aws-cdk-lib
// calls .match on it and throws a TypeError. With Docker bundling the command is made in the
// constructor.
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
    nodeModules: ['left-pad', 'delay'],
  },
});

app.synth();
