// Conformance case 'unit-lambda-platform': aws-cdk's lambda-platform.test.ts (aws-lambda): a
// DockerImageFunction of an image asset on ARM_64 and on X86_64, each test's App and stack 'stack'
// here one App with a stack per test.
// Ported from aws-cdk: lambda-platform.test.ts 'can choose lambda architecture arm64', 'can choose lambda
// architecture x86_64'
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ecrAssets = require('aws-cdk-lib/aws-ecr-assets');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
for (const [id, architecture] of [['Arm64Stack', lambda.Architecture.ARM_64], ['X86Stack', lambda.Architecture.X86_64]]) {
  const stack = new cdk.Stack(app, id);
  new lambda.DockerImageFunction(stack, 'Lambda', {
    code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-arm64-handler')),
    architecture,
  });
}

// Beyond the tests: DockerImageFunction binds code._bind(props.architecture), a new AssetImageCode
// per function, so one DockerImageCode serves functions of two architectures in one stack and in
// another stack; a platform in the props wins over the architecture's.
const shared = lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-arm64-handler'));
const sharedStack = new cdk.Stack(app, 'SharedStack');
new lambda.DockerImageFunction(sharedStack, 'Default', { code: shared });
new lambda.DockerImageFunction(sharedStack, 'Arm', { code: shared, architecture: lambda.Architecture.ARM_64 });
new lambda.DockerImageFunction(sharedStack, 'Arm2', { code: shared, architecture: lambda.Architecture.ARM_64 });
new lambda.DockerImageFunction(new cdk.Stack(app, 'SharedStack2'), 'X86', {
  code: shared,
  architecture: lambda.Architecture.X86_64,
});
new lambda.DockerImageFunction(sharedStack, 'PlatformGiven', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-arm64-handler'), {
    platform: ecrAssets.Platform.LINUX_AMD64,
    cmd: ['index.handler'],
  }),
  architecture: lambda.Architecture.ARM_64,
});
app.synth();
