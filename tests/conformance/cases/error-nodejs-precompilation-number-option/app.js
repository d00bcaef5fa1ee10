// Conformance case 'error-nodejs-precompilation-number-option': preCompilation with a tsconfig.json
// holding a number compiler option (maxNodeModuleJsDepth): util.ts getTsconfigCompilerOptionsArray's
// error 'Missing support for compilerOption: [maxNodeModuleJsDepth]: { number, 2} ', thrown when the
// Docker command is made (an image from a registry: nothing runs).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new nodejs.NodejsFunction(stack, 'Fn', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { preCompilation: true, forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my/esbuild') },
});
app.synth();
