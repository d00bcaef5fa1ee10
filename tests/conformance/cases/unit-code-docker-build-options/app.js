// Conformance case 'unit-code-docker-build-options': Code.fromDockerBuild (code.test.ts's
// describe('lambda.Code.fromDockerBuild')) with the DockerBuildOptions its tests leave out, with a
// docker client of the case's own (fake-docker, as in unit-code-docker-build): buildArgs, file,
// platform, network, targetStage and cacheDisabled (true and false) are part of the image's tag
// (JSON.stringify of the options, imagePath included), which names the container `docker cp` copies
// from (in each asset's container-path.txt). The options are written in the key order ccdk
// serialises them (include/ccdk/assets.h: aws-cdk-lib hashes the object's own key order).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccdk-docker-build-'));
process.env.TMPDIR = tmp; // before aws-cdk-lib first reads os.tmpdir() (FileSystem.tmpdir keeps it)
const build = path.join(__dirname, 'build');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'All', {
  code: lambda.Code.fromDockerBuild(build, {
    buildArgs: { B: '2', A: '1' },
    file: 'Dockerfile',
    platform: 'linux/arm64',
    targetStage: 'stage',
    cacheDisabled: false,
    imagePath: '/my/image/path',
  }),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.Function(stack, 'Network', {
  code: lambda.Code.fromDockerBuild(build, { network: 'host', cacheDisabled: true }),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.Function(stack, 'EmptyArgs', {
  code: lambda.Code.fromDockerBuild(build, { buildArgs: {} }),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
app.synth();
fs.rmSync(tmp, { recursive: true, force: true });
