// Conformance case 'unit-architecture': aws-cdk's architecture.test.ts (aws-lambda): an Architecture's
// toString() is its name; both as outputs (in C, the architecture's name is the one string there is)
// Ported from aws-cdk: architecture.test.ts 'toString to return the architecture name'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
const testLambda = new lambda.Function(stack, 'testLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
});
new cdk.CfnOutput(stack, 'ArchitectureString', { value: `${testLambda.architecture}` });
new cdk.CfnOutput(stack, 'ArchitectureName', { value: testLambda.architecture.name });
new cdk.CfnOutput(stack, 'Arm64String', { value: `${lambda.Architecture.ARM_64}` });
new cdk.CfnOutput(stack, 'Arm64DockerPlatform', { value: lambda.Architecture.ARM_64.dockerPlatform });
new cdk.CfnOutput(stack, 'X86DockerPlatform', { value: testLambda.architecture.dockerPlatform });
app.synth();
