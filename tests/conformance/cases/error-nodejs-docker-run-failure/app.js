// Conformance case 'error-nodejs-docker-run-failure': the bundling container failing (a docker
// client of the case's own, fake-docker as CDK_DOCKER, whose `run` exits with status 3): core's
// "<docker> exited with status 3" and "--> Command: ...", each argument with a character other
// than [a-z0-9_-] JSON-quoted (the bash -c command with its quotes, the define's JSON string, the
// environment), wrapped in "Failed to bundle asset ...". Both halves print the message with the
// case's folder as <case>, the output directory as <outdir> and the bundling folder's key as <key>.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

try {
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry: 'handler.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      define: { 'process.env.STAGE': JSON.stringify('it\'s "prod"') },
      environment: { KEY: 'a value' },
      forceDockerBundling: true,
      dockerImage: cdk.DockerImage.fromRegistry('my/esbuild:1.0'),
    },
  });
} catch (e) {
  throw new Error(e.message.split(process.env.CDK_OUTDIR).join('<outdir>').split(__dirname).join('<case>')
    .replace(/bundling-temp-[0-9a-f]{64}/g, 'bundling-temp-<key>'));
}

app.synth();
